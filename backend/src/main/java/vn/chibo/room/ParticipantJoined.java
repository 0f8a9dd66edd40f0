package vn.chibo.room;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * A connection of a member became present in a meeting's live room (R10), at the server's time. Delivered
 * at least once through the event publication registry: {@link #eventKey()} identifies it.
 *
 * @param role the member's role in the meeting ({@code CHAIR}, {@code MINUTE_TAKER}, {@code MEMBER},
 *             {@code GUEST}, {@code OBSERVER})
 */
public record ParticipantJoined(MeetingId meetingId, UUID memberId, String connectionId, Instant at, String role) {

    public String eventKey() {
        return "room:" + connectionId + ":join";
    }
}
