package vn.chibo.meeting;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The refusals of the meeting module, each with its stable problem code (docs/meetings.md). */
final class MeetingRefusals {

    private MeetingRefusals() {
    }

    static DomainException meetingNotFound() {
        return DomainException.refusal("meeting-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy cuộc họp này.");
    }

    static DomainException agendaItemNotFound() {
        return DomainException.refusal("agenda-item-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy nội dung này trong chương trình họp.");
    }

    static DomainException unitNotFound() {
        return DomainException.refusal("unit-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy chi bộ hoặc tổ đảng này.");
    }

    static DomainException authorisationNotFound() {
        return DomainException.refusal("authorisation-not-found", DomainException.Kind.NOT_FOUND,
                "Không tìm thấy văn bản cho phép sinh hoạt trực tuyến này.");
    }

    /** The lifecycle does not allow this move from the meeting's current state. */
    static final class TransitionNotAllowed extends DomainException {
        private final MeetingState state;
        private final String transition;

        TransitionNotAllowed(MeetingState state, String transition) {
            super("meeting-transition-not-allowed", Kind.CONFLICT,
                    "Không thể " + verb(transition) + " cuộc họp đang ở trạng thái " + stateName(state) + ".");
            this.state = state;
            this.transition = transition;
        }

        MeetingState state() {
            return state;
        }

        String transition() {
            return transition;
        }

        private static String verb(String transition) {
            return switch (transition) {
                case "schedule" -> "lên lịch";
                case "open" -> "mở phòng họp cho";
                case "start" -> "bắt đầu";
                case "end" -> "kết thúc";
                case "cancel" -> "hủy";
                case "postpone" -> "hoãn";
                case "adopt-minutes" -> "thông qua biên bản của";
                case "edit" -> "sửa";
                case "recording" -> "bật/tắt ghi hình";
                default -> transition;
            };
        }

        static String stateName(MeetingState state) {
            return switch (state) {
                case DRAFT -> "nháp";
                case SCHEDULED -> "đã lên lịch";
                case OPEN -> "đã mở phòng";
                case IN_PROGRESS -> "đang họp";
                case ENDED -> "đã kết thúc";
                case MINUTES_ADOPTED -> "đã thông qua biên bản";
                case CANCELLED -> "đã hủy";
                case POSTPONED -> "đã hoãn";
            };
        }
    }

    static final class StaleVersion extends DomainException {
        StaleVersion() {
            super("stale-version", Kind.CONFLICT, "Cuộc họp vừa được người khác thay đổi; hãy tải lại rồi thử lại.");
        }
    }

    /** Bad input that no bean validation catches (times in the wrong order, a unit of the wrong kind…). */
    static final class InvalidMeeting extends DomainException {
        InvalidMeeting(String code, String message) {
            super(code, Kind.INVALID, message);
        }
    }

    /** A Party rule refuses the request; the problem carries the rule id. */
    static final class RuleRefusal extends DomainException {
        private final Rule rule;

        RuleRefusal(String code, Rule rule, String message) {
            super(code, Kind.REJECTED, message);
            this.rule = rule;
        }

        @Override
        public Rule rule() {
            return rule;
        }
    }

    /** R8: only the chair turns recording on or off. */
    static DomainException notTheChair() {
        return DomainException.refusal("recording-chair-only", DomainException.Kind.FORBIDDEN,
                "Chỉ người chủ trì mới được bật hoặc tắt ghi hình.", Rule.R8);
    }

    static RuleRefusal onlineNotAuthorised() {
        return new RuleRefusal("online-not-authorised", Rule.R1,
                "Chi bộ chưa có văn bản của cấp ủy cấp trên cho phép sinh hoạt trực tuyến hoặc kết hợp vào ngày họp; "
                        + "hãy chọn hình thức họp trực tiếp.");
    }

    static RuleRefusal restrictedItemOnline(String title) {
        return new RuleRefusal("restricted-item-online", Rule.R4, "Nội dung \"" + title
                + "\" (nhân sự, bầu cử, kỷ luật, kết nạp, công nhận chính thức, xếp loại, bỏ phiếu kín hoặc nội dung mật) "
                + "không được quyết định trong cuộc họp chỉ trực tuyến; hãy chọn hình thức kết hợp (HYBRID) hoặc trực tiếp (IN_PERSON).");
    }

    static RuleRefusal recordingDuringInspection() {
        return new RuleRefusal("recording-not-allowed-inspection", Rule.R8,
                "Không được ghi hình cuộc họp có nội dung kiểm tra, giám sát.");
    }
}
