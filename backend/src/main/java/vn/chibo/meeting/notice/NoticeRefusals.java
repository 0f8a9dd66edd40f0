package vn.chibo.meeting.notice;

import vn.chibo.shared.DomainException;

final class NoticeRefusals {

    private NoticeRefusals() {
    }

    static DomainException notificationNotFound() {
        return DomainException.refusal("notification-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy thông báo.");
    }

    static DomainException noMemberRecord() {
        return DomainException.refusal("no-member-record", DomainException.Kind.FORBIDDEN,
                "Tài khoản này không gắn với đảng viên nào.");
    }

    static DomainException notACell() {
        return DomainException.refusal("unit-not-a-cell", DomainException.Kind.NOT_FOUND, "Không tìm thấy chi bộ.");
    }

    static DomainException memberNotFound() {
        return DomainException.refusal("member-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy đảng viên.");
    }
}
