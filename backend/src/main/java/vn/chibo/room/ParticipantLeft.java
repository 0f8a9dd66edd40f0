package vn.chibo.room;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * A connection of a member stopped being present in a meeting's live room, at the server's time.
 *
 * @param cause {@code left} (explicitly), {@code disconnected}, {@code expired} (no heart-beat within the TTL,
 *              e.g. its node died), {@code removed} by the chair, or {@code meeting-ended}
 */
public record ParticipantLeft(MeetingId meetingId, UUID memberId, String connectionId, Instant at, String cause) {

    public String eventKey() {
        return "room:" + connectionId + ":leave";
    }
}
