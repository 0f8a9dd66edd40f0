package vn.chibo.meeting.document;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** Why a document operation was refused; each carries a stable code for the problem detail. */
final class DocumentRefusals {

    private DocumentRefusals() {
    }

    static DomainException meetingNotFound() {
        return DomainException.refusal("meeting-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
    }

    static DomainException agendaItemNotFound() {
        return DomainException.refusal("agenda-item-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy nội dung này trong chương trình cuộc họp.");
    }

    static DomainException documentNotFound() {
        return DomainException.refusal("document-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy tài liệu.");
    }

    static DomainException documentNotPublished() {
        return DomainException.refusal("document-not-published", DomainException.Kind.FORBIDDEN,
                "Tài liệu chưa được phát hành cho đảng viên.");
    }

    static DomainException emptyDocument() {
        return DomainException.refusal("document-empty", DomainException.Kind.INVALID,
                "Tệp tải lên không có nội dung.");
    }

    static final class DocumentTooLarge extends DomainException {
        DocumentTooLarge(long maxBytes) {
            super("document-too-large", Kind.INVALID,
                    "Tệp quá lớn: tối đa " + (maxBytes / (1024 * 1024)) + " MB.");
        }
    }

    static DomainException documentTypeNotAllowed() {
        return DomainException.refusal("document-type-not-allowed", DomainException.Kind.INVALID,
                    "Chỉ nhận tệp PDF, Word (DOCX), Excel (XLSX) hoặc ảnh PNG, JPEG.");
    }

    static DomainException badClassification() {
        return DomainException.refusal("invalid-classification", DomainException.Kind.INVALID,
                    "Độ mật phải là PUBLIC, INTERNAL hoặc SECRET.");
    }

    /** R5: content marked state-secret never enters the platform. */
    static DomainException stateSecretRefused() {
        return DomainException.refusal("state-secret-not-allowed", DomainException.Kind.REJECTED,
                    "Không được tải lên tài liệu có nội dung bí mật nhà nước (Quy định 379-QĐ/TW).", Rule.R5);
    }

    static DomainException meetingClosedForDocuments() {
        return DomainException.refusal("meeting-closed-for-documents", DomainException.Kind.CONFLICT,
                    "Cuộc họp đã kết thúc, bị hủy hoặc hoãn: không thể thay đổi tài liệu.");
    }
}
