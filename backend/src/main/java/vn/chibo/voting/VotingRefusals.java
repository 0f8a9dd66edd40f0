package vn.chibo.voting;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The voting module's refusals; the web layer turns them into problem details with their code and rule. */
final class VotingRefusals {

    private VotingRefusals() {
    }

    static final class Refused extends DomainException {
        private final Rule rule;

        Refused(String code, Kind kind, String message, Rule rule) {
            super(code, kind, message);
            this.rule = rule;
        }

        @Override
        public Rule rule() {
            return rule;
        }
    }

    static Refused meetingNotFound() {
        return new Refused("meeting-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc họp.", null);
    }

    static Refused voteNotFound() {
        return new Refused("vote-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc biểu quyết.", null);
    }

    static Refused notVisible() {
        return new Refused("vote-not-visible", DomainException.Kind.FORBIDDEN,
                "Bạn không có quyền xem biểu quyết của cuộc họp này.", null);
    }

    static Refused chairOnly() {
        return new Refused("vote-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ chủ trì cuộc họp được mở, kết thúc hoặc hủy biểu quyết.", null);
    }

    static Refused invalid(String message) {
        return new Refused("invalid-vote", DomainException.Kind.INVALID, message, null);
    }

    static Refused invalid(String code, String message, Rule rule) {
        return new Refused(code, DomainException.Kind.INVALID, message, rule);
    }

    static Refused meetingNotInProgress() {
        return new Refused("meeting-not-in-progress", DomainException.Kind.CONFLICT,
                "Chỉ mở biểu quyết khi cuộc họp đang diễn ra.", null);
    }

    static Refused anotherVoteOpen() {
        return new Refused("vote-already-open", DomainException.Kind.CONFLICT,
                "Đang có một cuộc biểu quyết chưa kết thúc; hãy kết thúc nó trước.", null);
    }

    static Refused restrictedOnline() {
        return new Refused("vote-restricted-online", DomainException.Kind.REJECTED,
                "Nội dung này (bỏ phiếu kín, nhân sự, bầu cử, kỷ luật, kết nạp, công nhận chính thức, xếp loại hoặc "
                        + "nội dung mật) không được quyết định trong cuộc họp chỉ trực tuyến; hãy tổ chức họp trực "
                        + "tiếp hoặc kết hợp.", Rule.R4);
    }

    static Refused electionIsSecret() {
        return new Refused("election-must-be-secret", DomainException.Kind.INVALID,
                "Bầu cử luôn bỏ phiếu kín.", Rule.R16);
    }

    static Refused congressQuorum(int present, int denominator) {
        return new Refused("congress-quorum-not-met", DomainException.Kind.REJECTED, "Đại hội chỉ có " + present
                + "/" + denominator + " đảng viên được triệu tập có mặt, chưa đủ 2/3 nên chưa thể tiến hành biểu quyết.",
                Rule.R17);
    }

    static Refused voteNotOpen() {
        return new Refused("vote-not-open", DomainException.Kind.CONFLICT, "Cuộc biểu quyết đã kết thúc.", null);
    }

    static Refused probationary() {
        return new Refused("vote-probationary-member", DomainException.Kind.FORBIDDEN,
                "Đảng viên dự bị được dự họp và phát biểu nhưng không biểu quyết.", Rule.R13);
    }

    static Refused notEligible(Electorate.Reason reason) {
        return switch (reason == null ? Electorate.Reason.NOT_PRESENT : reason) {
            case PROBATIONARY -> probationary();
            case NOT_PRESENT -> new Refused("vote-not-present-at-opening", DomainException.Kind.FORBIDDEN,
                    "Bạn không có mặt khi biểu quyết được mở nên không tham gia biểu quyết này.", Rule.R10);
            case TRANSFERRED, SUSPENDED -> new Refused("vote-member-not-eligible", DomainException.Kind.FORBIDDEN,
                    "Đảng viên chuyển sinh hoạt tạm thời hoặc bị đình chỉ sinh hoạt không biểu quyết.", Rule.R14);
        };
    }

    static Refused notInElectorate() {
        return new Refused("vote-not-elector", DomainException.Kind.FORBIDDEN,
                "Bạn không thuộc danh sách biểu quyết của cuộc họp này.", Rule.R13);
    }

    static Refused alreadyCast() {
        return new Refused("ballot-already-cast", DomainException.Kind.CONFLICT,
                "Bạn đã biểu quyết rồi; mỗi đảng viên chỉ biểu quyết một lần.", Rule.R16);
    }
}
