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

    static DomainException reasonRequired() {
        return DomainException.refusal("absence-reason-required", DomainException.Kind.INVALID,
                "Vắng có lý do cần ghi rõ lý do.", Rule.R9);
    }

    static DomainException notOnRoll() {
        return DomainException.refusal("not-on-roll", DomainException.Kind.INVALID,
                "Người này không thuộc danh sách điểm danh của cuộc họp.", Rule.R9);
    }

    static DomainException staleVersion() {
        return DomainException.refusal("roll-line-changed", DomainException.Kind.CONFLICT,
                "Dòng điểm danh vừa được người khác sửa; hãy tải lại.", Rule.R9);
    }

    static DomainException alreadyConfirmed() {
        return DomainException.refusal("roll-already-confirmed", DomainException.Kind.CONFLICT,
                "Chủ trì đã xác nhận điểm danh; chỉ có thể bổ sung đính chính.", Rule.R9);
    }

    static DomainException incomplete(int missing) {
        return DomainException.refusal("roll-incomplete", DomainException.Kind.CONFLICT,
                "Còn " + missing + " đảng viên chưa được điểm danh.", Rule.R9);
    }

    static DomainException notStarted() {
        return DomainException.refusal("meeting-not-started", DomainException.Kind.CONFLICT,
                "Cuộc họp chưa bắt đầu, chưa thể xác nhận điểm danh.", Rule.R9);
    }

    static DomainException chairOnly() {
        return DomainException.refusal("roll-confirm-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ chủ trì cuộc họp xác nhận điểm danh.", Rule.R9);
    }

    static DomainException editorsOnly() {
        return DomainException.refusal("roll-edit-not-allowed", DomainException.Kind.FORBIDDEN,
                "Chỉ thư ký cuộc họp hoặc người điều hành được điểm danh.", Rule.R9);
    }

    static DomainException viewNotAllowed() {
        return DomainException.refusal("attendance-not-visible", DomainException.Kind.FORBIDDEN,
                "Bạn không có quyền xem điểm danh cuộc họp này.");
    }

    static DomainException invalid(String message) {
        return DomainException.refusal("invalid-attendance-entry", DomainException.Kind.INVALID, message);
    }

    static DomainException cellNotFound() {
        return DomainException.refusal("cell-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy chi bộ.");
    }

    static DomainException memberNotFound() {
        return DomainException.refusal("member-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy đảng viên.");
    }

    static DomainException absencesNotVisible() {
        return DomainException.refusal("absences-not-visible", DomainException.Kind.FORBIDDEN,
                "Chỉ đảng viên đó, chi ủy của chi bộ và cấp ủy cấp trên được xem tình hình sinh hoạt này.", Rule.R11);
    }
}
