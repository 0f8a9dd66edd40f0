package vn.chibo.minutes;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The minutes module's refusals; the web layer turns them into problem details with {@code code} and {@code rule}. */
final class MinutesRefusals {

    private MinutesRefusals() {
    }

    static DomainException meetingNotFound() {
        return DomainException.refusal("meeting-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
    }

    static DomainException notVisible() {
        return DomainException.refusal("minutes-not-visible", DomainException.Kind.FORBIDDEN,
                "Biên bản chỉ dành cho đảng viên của chi bộ và cấp ủy cấp trên có thẩm quyền.", Rule.R23);
    }

    static DomainException editorsOnly() {
        return DomainException.refusal("minutes-edit-not-allowed", DomainException.Kind.FORBIDDEN,
                "Chỉ thư ký cuộc họp (hoặc chủ trì khi được phép) ghi biên bản.", Rule.R22);
    }

    static DomainException chairOnly() {
        return DomainException.refusal("minutes-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ người chủ trì cuộc họp làm việc này.", Rule.R22);
    }

    static DomainException minuteTakerOnly() {
        return DomainException.refusal("minutes-minute-taker-only", DomainException.Kind.FORBIDDEN,
                "Chỉ thư ký cuộc họp làm việc này.", Rule.R22);
    }

    static DomainException staleVersion(int current) {
        return DomainException.refusal("stale-version", DomainException.Kind.CONFLICT,
                "Phần này vừa được lưu bởi người khác (phiên bản " + current + "); hãy tải lại trước khi sửa tiếp.",
                Rule.R22);
    }

    static DomainException unknownSection(String key) {
        return DomainException.refusal("unknown-minutes-section", DomainException.Kind.INVALID,
                "Biên bản không có phần \"" + key + "\".", Rule.R22);
    }

    static DomainException tooLong() {
        return DomainException.refusal("minutes-text-too-long", DomainException.Kind.INVALID, "Nội dung quá dài.");
    }

    static DomainException frozen() {
        return DomainException.refusal("minutes-frozen", DomainException.Kind.CONFLICT,
                "Biên bản đã được thông qua, không thể sửa; đính chính bằng phụ lục.", Rule.R23);
    }

    static DomainException notReadBack() {
        return DomainException.refusal("minutes-not-read-back", DomainException.Kind.CONFLICT,
                "Biên bản phải được đọc lại trước khi thông qua.", Rule.R22);
    }

    static DomainException wrongState(String message) {
        return DomainException.refusal("minutes-wrong-state", DomainException.Kind.CONFLICT, message, Rule.R22);
    }

    static DomainException voteNotFound() {
        return DomainException.refusal("adoption-vote-not-found", DomainException.Kind.INVALID,
                "Không có cuộc biểu quyết đã kết thúc này trong cuộc họp.", Rule.R22);
    }

    static DomainException voteFailed() {
        return DomainException.refusal("adoption-vote-not-passed", DomainException.Kind.CONFLICT,
                "Biểu quyết thông qua biên bản không đạt.", Rule.R14);
    }

    static DomainException meetingNotEnded() {
        return DomainException.refusal("meeting-not-ended", DomainException.Kind.CONFLICT,
                "Cuộc họp chưa kết thúc, chưa thể ký biên bản.", Rule.R22);
    }

    static DomainException secondFactorRefused() {
        return DomainException.refusal("second-factor-refused", DomainException.Kind.UNAUTHENTICATED,
                "Mã xác thực không đúng, đã dùng hoặc tài khoản chưa cài ứng dụng xác thực.", Rule.R23);
    }

    static DomainException alreadySigned() {
        return DomainException.refusal("minutes-already-signed", DomainException.Kind.CONFLICT,
                "Đồng chí đã ký biên bản này.", Rule.R23);
    }

    static DomainException notSigned() {
        return DomainException.refusal("minutes-not-signed", DomainException.Kind.CONFLICT,
                "Chỉ bổ sung phụ lục đính chính cho biên bản đã ký.", Rule.R23);
    }

    static DomainException invalid(String message) {
        return DomainException.refusal("invalid-minutes-request", DomainException.Kind.INVALID, message);
    }
}
