package vn.chibo.meeting.document;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** Why a document operation was refused; each carries a stable code for the problem detail. */
final class DocumentRefusals {

    private DocumentRefusals() {
    }

    static final class MeetingNotFound extends DomainException {
        MeetingNotFound() {
            super("meeting-not-found", Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
        }
    }

    static final class AgendaItemNotFound extends DomainException {
        AgendaItemNotFound() {
            super("agenda-item-not-found", Kind.NOT_FOUND, "Không tìm thấy nội dung này trong chương trình cuộc họp.");
        }
    }

    static final class DocumentNotFound extends DomainException {
        DocumentNotFound() {
            super("document-not-found", Kind.NOT_FOUND, "Không tìm thấy tài liệu.");
        }
    }

    static final class DocumentNotPublished extends DomainException {
        DocumentNotPublished() {
            super("document-not-published", Kind.FORBIDDEN, "Tài liệu chưa được phát hành cho đảng viên.");
        }
    }

    static final class EmptyDocument extends DomainException {
        EmptyDocument() {
            super("document-empty", Kind.INVALID, "Tệp tải lên không có nội dung.");
        }
    }

    static final class DocumentTooLarge extends DomainException {
        DocumentTooLarge(long maxBytes) {
            super("document-too-large", Kind.INVALID,
                    "Tệp quá lớn: tối đa " + (maxBytes / (1024 * 1024)) + " MB.");
        }
    }

    static final class DocumentTypeNotAllowed extends DomainException {
        DocumentTypeNotAllowed() {
            super("document-type-not-allowed", Kind.INVALID,
                    "Chỉ nhận tệp PDF, Word (DOCX), Excel (XLSX) hoặc ảnh PNG, JPEG.");
        }
    }

    static final class BadClassification extends DomainException {
        BadClassification() {
            super("invalid-classification", Kind.INVALID,
                    "Độ mật phải là PUBLIC, INTERNAL hoặc SECRET.");
        }
    }

    /** R5: content marked state-secret never enters the platform. */
    static final class StateSecretRefused extends DomainException {
        StateSecretRefused() {
            super("state-secret-not-allowed", Kind.REJECTED,
                    "Không được tải lên tài liệu có nội dung bí mật nhà nước (Quy định 379-QĐ/TW).");
        }

        @Override
        public Rule rule() {
            return Rule.R5;
        }
    }

    static final class MeetingClosedForDocuments extends DomainException {
        MeetingClosedForDocuments() {
            super("meeting-closed-for-documents", Kind.CONFLICT,
                    "Cuộc họp đã kết thúc, bị hủy hoặc hoãn: không thể thay đổi tài liệu.");
        }
    }
}
