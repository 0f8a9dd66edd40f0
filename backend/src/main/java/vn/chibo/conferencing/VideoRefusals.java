package vn.chibo.conferencing;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** Why a video token (or a conferencing report) is refused; messages are shown to the member as they are. */
final class VideoRefusals {

    private VideoRefusals() {
    }

    static DomainException meetingNotFound() {
        return DomainException.refusal("meeting-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
    }

    /** R6: only the meeting's own members, its invited guests, its chair and minute-taker enter the call. */
    static final class NotAllowedIntoCall extends DomainException {
        NotAllowedIntoCall() {
            super("video-access-denied", Kind.FORBIDDEN,
                    "Bạn không thuộc thành phần dự cuộc họp này nên không thể vào phòng họp trực tuyến.");
        }

        @Override
        public Rule rule() {
            return Rule.R6;
        }
    }

    static final class NotAllowedToReview extends DomainException {
        NotAllowedToReview() {
            super("access-denied", Kind.FORBIDDEN, "Chỉ người điều hành cuộc họp mới xem được báo cáo này.");
        }
    }

    static final class MeetingWithoutVideo extends DomainException {
        MeetingWithoutVideo() {
            super("meeting-without-video", Kind.CONFLICT, "Cuộc họp này họp trực tiếp, không có phòng họp trực tuyến.");
        }
    }

    static final class RoomNotOpen extends DomainException {
        RoomNotOpen() {
            super("video-room-not-open", Kind.CONFLICT,
                    "Phòng họp trực tuyến chỉ mở khi cuộc họp đã khai mạc hoặc đang diễn ra.");
        }
    }

    /** Answered 503 by {@link VideoTokenController}: the deployment has no Jitsi. */
    static final class VideoNotConfigured extends DomainException {
        VideoNotConfigured() {
            super("video-not-configured", Kind.CONFLICT,
                    "Hệ thống chưa cấu hình họp video (Jitsi). Các chức năng khác của phòng họp vẫn hoạt động bình thường.");
        }
    }
}
