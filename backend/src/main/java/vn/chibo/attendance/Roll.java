package vn.chibo.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * A meeting's roll call as other modules see it: the confirmed snapshot with its corrections applied, or (before
 * the chair confirms) the current draft with suggestions filled in.
 *
 * @param confirmedAt null while not confirmed
 */
public record Roll(MeetingId meetingId, boolean confirmed, Instant confirmedAt, List<Line> lines, Rate rate) {

    /**
     * @param status null when neither set nor suggested yet
     * @param guest  an invited guest, not a member of the meeting's unit: never counted in the rate
     */
    public record Line(UUID memberId, String fullName, boolean guest, RollStatus status, String reason) {
    }

    /**
     * R12: {@code present / (summoned − exempt)} against the threshold; {@code summoned} counts the unit's members on
     * the meeting date (guests left out). {@code percent} is rounded half-up to two decimals; {@code meetsThreshold}
     * is exact ({@code present × 100 ≥ threshold × denominator}).
     */
    public record Rate(int summoned, int exempt, int present, int denominator, java.math.BigDecimal percent,
            int thresholdPercent, boolean meetsThreshold) {
    }
}
