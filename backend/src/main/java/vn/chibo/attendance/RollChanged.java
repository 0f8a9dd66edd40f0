package vn.chibo.attendance;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * A meeting's confirmed roll came into being (the chair confirmed it, R9) or was corrected afterwards: the
 * figures built on it (rates, unexcused months, the committee's dashboards) must be read again through
 * {@link AttendanceRecords#rollOf}. Published in the transaction that changed the roll (event publication
 * registry), so a listener never misses one.
 *
 * @param unitId the unit that met (a cell, or a party group of a cell)
 * @param memberId the corrected member, or null when the whole roll was confirmed
 */
public record RollChanged(MeetingId meetingId, UUID unitId, Instant at, UUID memberId) {

    public boolean correction() {
        return memberId != null;
    }
}
