package vn.chibo.organisation;

import java.util.List;

import vn.chibo.shared.DomainException;

/** The refusals of the organisation module, each with its stable problem code. */
final class OrganisationRefusals {

    private OrganisationRefusals() {
    }

    static DomainException unitNotFound() {
        return DomainException.refusal("unit-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy tổ chức đảng này.");
    }

    /** Also answered for members outside the actor's reach: their existence is itself sensitive. */
    static DomainException memberNotFound() {
        return DomainException.refusal("member-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy đảng viên này.");
    }

    static final class TreeChangeRefused extends DomainException {
        TreeChangeRefused(String code, String message) {
            super(code, Kind.CONFLICT, message);
        }
    }

    static final class CardNumberTaken extends DomainException {
        CardNumberTaken(String cardNumber) {
            super("card-number-taken", Kind.CONFLICT, "Số thẻ đảng viên " + cardNumber + " đã có trong hệ thống.");
        }
    }

    static final class ConcurrentChange extends DomainException {
        ConcurrentChange() {
            super("concurrent-change", Kind.CONFLICT, "Hồ sơ vừa được người khác thay đổi; hãy tải lại rồi thử lại.");
        }
    }

    static final class ImportRefused extends DomainException {
        ImportRefused(String code, Kind kind, String message) {
            super(code, kind, message);
        }
    }

    /** Input that breaks field rules; answered as a 400 problem listing every field error. */
    static final class InvalidInput extends DomainException {

        private final List<FieldError> errors;

        InvalidInput(List<FieldError> errors) {
            super("invalid-request", Kind.INVALID, "Dữ liệu chưa hợp lệ.");
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    record FieldError(String field, String message) {
    }
}
