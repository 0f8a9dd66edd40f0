package vn.chibo.attendance;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The attendance module's refusals; the web layer turns them into problem details. */
final class AttendanceRefusals {

    private AttendanceRefusals() {
    }

    static final class MeetingNotFound extends DomainException {
        MeetingNotFound() {
            super("meeting-not-found", Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
        }
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

    static Refused reasonRequired() {
        return new Refused("absence-reason-required", DomainException.Kind.INVALID,
                "Vắng có lý do cần ghi rõ lý do.", Rule.R9);
    }

    static Refused notOnRoll() {
        return new Refused("not-on-roll", DomainException.Kind.INVALID,
                "Người này không thuộc danh sách điểm danh của cuộc họp.", Rule.R9);
    }

    static Refused staleVersion() {
        return new Refused("roll-line-changed", DomainException.Kind.CONFLICT,
                "Dòng điểm danh vừa được người khác sửa; hãy tải lại.", Rule.R9);
    }

    static Refused alreadyConfirmed() {
        return new Refused("roll-already-confirmed", DomainException.Kind.CONFLICT,
                "Chủ trì đã xác nhận điểm danh; chỉ có thể bổ sung đính chính.", Rule.R9);
    }

    static Refused incomplete(int missing) {
        return new Refused("roll-incomplete", DomainException.Kind.CONFLICT,
                "Còn " + missing + " đảng viên chưa được điểm danh.", Rule.R9);
    }

    static Refused notStarted() {
        return new Refused("meeting-not-started", DomainException.Kind.CONFLICT,
                "Cuộc họp chưa bắt đầu, chưa thể xác nhận điểm danh.", Rule.R9);
    }

    static Refused chairOnly() {
        return new Refused("roll-confirm-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ chủ trì cuộc họp xác nhận điểm danh.", Rule.R9);
    }

    static Refused editorsOnly() {
        return new Refused("roll-edit-not-allowed", DomainException.Kind.FORBIDDEN,
                "Chỉ thư ký cuộc họp hoặc người điều hành được điểm danh.", Rule.R9);
    }

    static Refused viewNotAllowed() {
        return new Refused("attendance-not-visible", DomainException.Kind.FORBIDDEN,
                "Bạn không có quyền xem điểm danh cuộc họp này.", null);
    }

    static Refused invalid(String message) {
        return new Refused("invalid-attendance-entry", DomainException.Kind.INVALID, message, null);
    }

    static Refused cellNotFound() {
        return new Refused("cell-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy chi bộ.", null);
    }

    static Refused memberNotFound() {
        return new Refused("member-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy đảng viên.", null);
    }

    static Refused absencesNotVisible() {
        return new Refused("absences-not-visible", DomainException.Kind.FORBIDDEN,
                "Chỉ đảng viên đó, chi ủy của chi bộ và cấp ủy cấp trên được xem tình hình sinh hoạt này.", Rule.R11);
    }
}
