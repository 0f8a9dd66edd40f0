package vn.chibo.minutes;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The minutes module's refusals; the web layer turns them into problem details with {@code code} and {@code rule}. */
final class MinutesRefusals {

    private MinutesRefusals() {
    }

    static final class Refused extends DomainException {
        private final transient Rule rule;

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

    static Refused notVisible() {
        return new Refused("minutes-not-visible", DomainException.Kind.FORBIDDEN,
                "Biên bản chỉ dành cho đảng viên của chi bộ và cấp ủy cấp trên có thẩm quyền.", Rule.R23);
    }

    static Refused editorsOnly() {
        return new Refused("minutes-edit-not-allowed", DomainException.Kind.FORBIDDEN,
                "Chỉ thư ký cuộc họp (hoặc chủ trì khi được phép) ghi biên bản.", Rule.R22);
    }

    static Refused chairOnly() {
        return new Refused("minutes-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ người chủ trì cuộc họp làm việc này.", Rule.R22);
    }

    static Refused minuteTakerOnly() {
        return new Refused("minutes-minute-taker-only", DomainException.Kind.FORBIDDEN,
                "Chỉ thư ký cuộc họp làm việc này.", Rule.R22);
    }

    static Refused staleVersion(int current) {
        return new Refused("stale-version", DomainException.Kind.CONFLICT,
                "Phần này vừa được lưu bởi người khác (phiên bản " + current + "); hãy tải lại trước khi sửa tiếp.",
                Rule.R22);
    }

    static Refused unknownSection(String key) {
        return new Refused("unknown-minutes-section", DomainException.Kind.INVALID,
                "Biên bản không có phần \"" + key + "\".", Rule.R22);
    }

    static Refused tooLong() {
        return new Refused("minutes-text-too-long", DomainException.Kind.INVALID, "Nội dung quá dài.", null);
    }

    static Refused frozen() {
        return new Refused("minutes-frozen", DomainException.Kind.CONFLICT,
                "Biên bản đã được thông qua, không thể sửa; đính chính bằng phụ lục.", Rule.R23);
    }

    static Refused notReadBack() {
        return new Refused("minutes-not-read-back", DomainException.Kind.CONFLICT,
                "Biên bản phải được đọc lại trước khi thông qua.", Rule.R22);
    }

    static Refused wrongState(String message) {
        return new Refused("minutes-wrong-state", DomainException.Kind.CONFLICT, message, Rule.R22);
    }

    static Refused voteNotFound() {
        return new Refused("adoption-vote-not-found", DomainException.Kind.INVALID,
                "Không có cuộc biểu quyết đã kết thúc này trong cuộc họp.", Rule.R22);
    }

    static Refused voteFailed() {
        return new Refused("adoption-vote-not-passed", DomainException.Kind.CONFLICT,
                "Biểu quyết thông qua biên bản không đạt.", Rule.R14);
    }

    static Refused meetingNotEnded() {
        return new Refused("meeting-not-ended", DomainException.Kind.CONFLICT,
                "Cuộc họp chưa kết thúc, chưa thể ký biên bản.", Rule.R22);
    }

    static Refused secondFactorRefused() {
        return new Refused("second-factor-refused", DomainException.Kind.UNAUTHENTICATED,
                "Mã xác thực không đúng, đã dùng hoặc tài khoản chưa cài ứng dụng xác thực.", Rule.R23);
    }

    static Refused alreadySigned() {
        return new Refused("minutes-already-signed", DomainException.Kind.CONFLICT,
                "Đồng chí đã ký biên bản này.", Rule.R23);
    }

    static Refused notSigned() {
        return new Refused("minutes-not-signed", DomainException.Kind.CONFLICT,
                "Chỉ bổ sung phụ lục đính chính cho biên bản đã ký.", Rule.R23);
    }

    static Refused invalid(String message) {
        return new Refused("invalid-minutes-request", DomainException.Kind.INVALID, message, null);
    }
}
