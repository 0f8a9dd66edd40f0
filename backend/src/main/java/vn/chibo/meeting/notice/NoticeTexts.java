package vn.chibo.meeting.notice;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.shared.time.VietnamTime;

/** The Vietnamese wording of meeting notices; times are Vietnam's. */
final class NoticeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("vi"))
            .withZone(VietnamTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnamTime.ZONE);
    private static final String[] WEEKDAYS = { "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật" };

    private NoticeTexts() {
    }

    /** "19:30, Thứ Năm 03/12/2026". */
    static String when(java.time.Instant at) {
        var local = at.atZone(VietnamTime.ZONE);
        return TIME.format(at) + ", " + WEEKDAYS[local.getDayOfWeek().getValue() - 1] + " " + DATE.format(at);
    }

    static String where(MeetingSummary meeting) {
        return switch (meeting.mode()) {
            case IN_PERSON -> "Địa điểm: " + orDash(meeting.place());
            case ONLINE -> "Hình thức: trực tuyến (vào phòng họp trong ứng dụng)";
            case HYBRID -> "Hình thức: trực tiếp kết hợp trực tuyến. Địa điểm: " + orDash(meeting.place());
        };
    }

    static String details(MeetingSummary meeting) {
        var text = "Thời gian: " + when(meeting.startsAt()) + " đến " + TIME.format(meeting.endsAt()) + " (giờ Việt Nam)\n"
                + where(meeting);
        if (meeting.onlinePilot() && meeting.mode() != MeetingMode.IN_PERSON) {
            text += "\nThí điểm sinh hoạt trực tuyến theo Hướng dẫn 03-HD/TW.";
        }
        return text;
    }

    static String invitation(MeetingSummary meeting) {
        return "Trân trọng kính mời đồng chí dự " + meeting.title() + ".\n" + details(meeting);
    }

    static String change(MeetingSummary meeting, java.time.Instant previousStartsAt) {
        var moved = previousStartsAt != null && !previousStartsAt.equals(meeting.startsAt())
                ? "Thời gian cũ: " + when(previousStartsAt) + ".\n" : "";
        return meeting.title() + " có thay đổi.\n" + moved + details(meeting);
    }

    static String cancellation(MeetingSummary meeting, String reason) {
        return meeting.title() + " dự kiến lúc " + when(meeting.startsAt()) + " đã bị hủy.\nLý do: " + orDash(reason);
    }

    static String postponement(MeetingSummary meeting, String reason) {
        return meeting.title() + " dự kiến lúc " + when(meeting.startsAt())
                + " được hoãn lại.\nLý do: " + orDash(reason) + "\nThời gian mới sẽ được thông báo sau.";
    }

    static String reminder(MeetingSummary meeting) {
        return "Nhắc lịch: " + meeting.title() + " sẽ bắt đầu lúc " + when(meeting.startsAt()) + ".\n" + details(meeting);
    }

    static String minutesPublished(MeetingSummary meeting) {
        return "Biên bản " + meeting.title() + " (" + when(meeting.startsAt()) + ") đã được đọc lại, thông qua, "
                + "chủ trì và thư ký đã ký. Đồng chí có thể đọc và tải biên bản trên trang cuộc họp.";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
