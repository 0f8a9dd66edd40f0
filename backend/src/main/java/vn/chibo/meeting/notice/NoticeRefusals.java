package vn.chibo.meeting.notice;

import vn.chibo.shared.DomainException;

final class NoticeRefusals {

    private NoticeRefusals() {
    }

    static final class NotificationNotFound extends DomainException {
        NotificationNotFound() {
            super("notification-not-found", Kind.NOT_FOUND, "Không tìm thấy thông báo.");
        }
    }

    static final class NoMemberRecord extends DomainException {
        NoMemberRecord() {
            super("no-member-record", Kind.FORBIDDEN, "Tài khoản này không gắn với đảng viên nào.");
        }
    }

    static final class NotACell extends DomainException {
        NotACell() {
            super("unit-not-a-cell", Kind.NOT_FOUND, "Không tìm thấy chi bộ.");
        }
    }

    static final class MemberNotFound extends DomainException {
        MemberNotFound() {
            super("member-not-found", Kind.NOT_FOUND, "Không tìm thấy đảng viên.");
        }
    }
}
