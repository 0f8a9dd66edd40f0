package vn.chibo.attendance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/** What other modules (voting, minutes, reporting) may ask the attendance module. */
public interface AttendanceRecords {

    /** The confirmed roll with corrections applied, else the current draft; empty for an unknown meeting. */
    Optional<Roll> rollOf(MeetingId meetingId);

    /**
     * R10: members whose live-room connection was present at that instant (room facts as received: joined at or
     * before, not yet left). The voting module freezes a vote's electorate with it.
     */
    Set<UUID> presentAt(MeetingId meetingId, Instant at);

    /**
     * R25: the rolls of a cell's party-group meetings that started in a month (Vietnam time), one per meeting, for
     * the cell's report. Each group keeps its own roll; summing them is the roll-up.
     */
    List<Roll> groupRollsOf(UUID cellId, YearMonth month);

    /**
     * R11: for each member with at least one, the months of the calendar year (Vietnam time) in which a confirmed roll
     * of the cell's or its party groups' meetings (corrections applied) has them absent without reason; a month counts
     * once. Ordered by count (most first), then name.
     */
    List<UnexcusedAbsences> unexcusedMonths(UUID cellId, int year);
}
