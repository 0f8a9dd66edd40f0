package vn.chibo.room;

import vn.chibo.shared.DomainException;

/** A STOMP frame the room refuses; the code is one of docs/realtime-protocol.md section 6. */
class RoomRefusal extends DomainException {

    RoomRefusal(String code, Kind kind, String message) {
        super(code, kind, message);
    }

    static RoomRefusal notAuthenticated() {
        return new RoomRefusal("authentication-required", Kind.UNAUTHENTICATED, "Vui lòng đăng nhập để vào phòng họp.");
    }

    static RoomRefusal accessDenied() {
        return new RoomRefusal("access-denied", Kind.FORBIDDEN, "Bạn không có quyền tham dự cuộc họp này.");
    }

    static RoomRefusal meetingNotFound() {
        return new RoomRefusal("meeting-not-found", Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
    }

    static RoomRefusal unknownDestination() {
        return new RoomRefusal("unknown-destination", Kind.INVALID, "Địa chỉ không hợp lệ.");
    }

    static RoomRefusal chairOnly() {
        return new RoomRefusal("chair-only", Kind.FORBIDDEN, "Chỉ người chủ trì mới được làm việc này.");
    }

    static RoomRefusal notOpen() {
        return new RoomRefusal("room-not-open", Kind.CONFLICT, "Phòng họp chưa mở.");
    }

    static RoomRefusal locked() {
        return new RoomRefusal("room-locked", Kind.CONFLICT, "Phòng họp đã khóa, không nhận thêm người vào.");
    }

    static RoomRefusal removed() {
        return new RoomRefusal("removed-from-meeting", Kind.FORBIDDEN, "Bạn đã được mời ra khỏi cuộc họp này.");
    }

    static RoomRefusal notJoined() {
        return new RoomRefusal("not-joined", Kind.CONFLICT, "Bạn chưa vào phòng họp.");
    }

    static RoomRefusal observerCannotSpeak() {
        return new RoomRefusal("observer-cannot-speak", Kind.FORBIDDEN, "Người dự thính không phát biểu trong cuộc họp.");
    }

    static RoomRefusal notPresent() {
        return new RoomRefusal("not-present", Kind.CONFLICT, "Đảng viên này không có mặt trong phòng họp.");
    }

    static RoomRefusal noFloor() {
        return new RoomRefusal("no-floor", Kind.CONFLICT, "Không có ai đang phát biểu.");
    }

    static RoomRefusal noSuchAgendaItem() {
        return new RoomRefusal("no-such-agenda-item", Kind.NOT_FOUND, "Nội dung này không có trong chương trình họp.");
    }

    static RoomRefusal invalid() {
        return new RoomRefusal("invalid-request", Kind.INVALID, "Yêu cầu không hợp lệ.");
    }

    static RoomRefusal byCode(String code) {
        return switch (code) {
            case "removed-from-meeting" -> removed();
            case "access-denied" -> accessDenied();
            case "meeting-not-found" -> meetingNotFound();
            case "room-locked" -> locked();
            case "not-joined" -> notJoined();
            case "not-present" -> notPresent();
            case "no-floor" -> noFloor();
            case "observer-cannot-speak" -> observerCannotSpeak();
            default -> new RoomRefusal(code, Kind.CONFLICT, "Yêu cầu không thực hiện được.");
        };
    }
}
