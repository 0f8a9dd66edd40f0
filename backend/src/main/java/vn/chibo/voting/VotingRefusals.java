package vn.chibo.voting;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The voting module's refusals; the web layer turns them into problem details with their code and rule. */
final class VotingRefusals {

    private VotingRefusals() {
    }

    static DomainException meetingNotFound() {
        return DomainException.refusal("meeting-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
    }

    static DomainException voteNotFound() {
        return DomainException.refusal("vote-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc biểu quyết.");
    }

    static DomainException notVisible() {
        return DomainException.refusal("vote-not-visible", DomainException.Kind.FORBIDDEN,
                "Bạn không có quyền xem biểu quyết của cuộc họp này.");
    }

    static DomainException chairOnly() {
        return DomainException.refusal("vote-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ chủ trì cuộc họp được mở, kết thúc hoặc hủy biểu quyết.");
    }

    static DomainException invalid(String message) {
        return DomainException.refusal("invalid-vote", DomainException.Kind.INVALID, message);
    }

    static DomainException invalid(String code, String message, Rule rule) {
        return DomainException.refusal(code, DomainException.Kind.INVALID, message, rule);
    }

    static DomainException meetingNotInProgress() {
        return DomainException.refusal("meeting-not-in-progress", DomainException.Kind.CONFLICT,
                "Chỉ mở biểu quyết khi cuộc họp đang diễn ra.");
    }

    static DomainException anotherVoteOpen() {
        return DomainException.refusal("vote-already-open", DomainException.Kind.CONFLICT,
                "Đang có một cuộc biểu quyết chưa kết thúc; hãy kết thúc nó trước.", null);
    }

    static DomainException restrictedOnline() {
        return DomainException.refusal("vote-restricted-online", DomainException.Kind.REJECTED,
                "Nội dung này (bỏ phiếu kín, nhân sự, bầu cử, kỷ luật, kết nạp, công nhận chính thức, xếp loại hoặc "
                        + "nội dung mật) không được quyết định trong cuộc họp chỉ trực tuyến; hãy tổ chức họp trực "
                        + "tiếp hoặc kết hợp.", Rule.R4);
    }

    static DomainException electionIsSecret() {
        return DomainException.refusal("election-must-be-secret", DomainException.Kind.INVALID,
                "Bầu cử luôn bỏ phiếu kín.", Rule.R16);
    }

    static DomainException congressQuorum(int present, int denominator) {
        return DomainException.refusal("congress-quorum-not-met", DomainException.Kind.REJECTED, "Đại hội chỉ có " + present
                + "/" + denominator + " đảng viên được triệu tập có mặt, chưa đủ 2/3 nên chưa thể tiến hành biểu quyết.",
                Rule.R17);
    }

    static DomainException voteNotOpen() {
        return DomainException.refusal("vote-not-open", DomainException.Kind.CONFLICT, "Cuộc biểu quyết đã kết thúc.");
    }

    static DomainException probationary() {
        return DomainException.refusal("vote-probationary-member", DomainException.Kind.FORBIDDEN,
                "Đảng viên dự bị được dự họp và phát biểu nhưng không biểu quyết.", Rule.R13);
    }

    static DomainException notEligible(Electorate.Reason reason) {
        return switch (reason == null ? Electorate.Reason.NOT_PRESENT : reason) {
            case PROBATIONARY -> probationary();
            case NOT_PRESENT -> DomainException.refusal("vote-not-present-at-opening", DomainException.Kind.FORBIDDEN,
                    "Bạn không có mặt khi biểu quyết được mở nên không tham gia biểu quyết này.", Rule.R10);
            case TRANSFERRED, SUSPENDED -> DomainException.refusal("vote-member-not-eligible", DomainException.Kind.FORBIDDEN,
                    "Đảng viên chuyển sinh hoạt tạm thời hoặc bị đình chỉ sinh hoạt không biểu quyết.", Rule.R14);
        };
    }

    static DomainException notInElectorate() {
        return DomainException.refusal("vote-not-elector", DomainException.Kind.FORBIDDEN,
                "Bạn không thuộc danh sách biểu quyết của cuộc họp này.", Rule.R13);
    }

    static DomainException alreadyCast() {
        return DomainException.refusal("ballot-already-cast", DomainException.Kind.CONFLICT,
                "Bạn đã biểu quyết rồi; mỗi đảng viên chỉ biểu quyết một lần.", Rule.R16);
    }
}
