package vn.chibo.attendance;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * R11: one member's months of a calendar year in which a confirmed roll (corrections applied) has them absent
 * without reason. A month counts once however many meetings it held; a party group's meetings count for its members.
 */
public record UnexcusedAbsences(UUID memberId, String fullName, int year, List<Month> months) {

    /** At this many months the cell committee is warned. */
    public static final int WARN_AT = 2;
    /** At this many months the Charter's removal procedure (Điều 8.1, xóa tên) is flagged — never started by itself. */
    public static final int REMOVAL_PROCEDURE_AT = 3;

    public enum Level { NONE, WARNING, REMOVAL_PROCEDURE }

    /** A month and the meetings in it that had the member absent without reason. */
    public record Month(YearMonth month, List<MeetingId> meetings) {

        public Month {
            meetings = List.copyOf(meetings);
        }
    }

    public UnexcusedAbsences {
        months = List.copyOf(months);
    }

    public int count() {
        return months.size();
    }

    public Level level() {
        return level(count());
    }

    static Level level(int months) {
        return months >= REMOVAL_PROCEDURE_AT ? Level.REMOVAL_PROCEDURE
                : months >= WARN_AT ? Level.WARNING : Level.NONE;
    }
}
