package vn.chibo.conferencing;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * An attendance fact with source {@code jitsi}: one connection ({@code intervalId}) of a member to the meeting's
 * call, as it stands after an accepted webhook (or after the meeting ended). Published in the transaction that
 * stored the webhook, before Jitsi gets its 2xx. Each publication carries the whole interval, so a consumer
 * upserts by {@code intervalId} and needs no ordering: {@code leftAt} null = still in the call.
 *
 * @param intervalId     stable id of this connection (a reconnect is a new connection, a new interval)
 * @param breakoutRoomId empty for the main room, else the breakout room the connection was in
 * @param joinedAt       Prosody's join time (Unix seconds, so whole seconds)
 * @param leftAt         Prosody's leave time, the room's destruction time, or the meeting's end; null while open
 * @param closedBy       null while open
 * @param eventKey       the natural key of the webhook (or {@code meeting-ended:<id>}) that caused this
 */
public record JitsiPresenceChanged(MeetingId meetingId, UUID memberId, UUID intervalId, String breakoutRoomId,
        Instant joinedAt, Instant leftAt, Closure closedBy, String eventKey) {

    public enum Closure { LEFT, ROOM_DESTROYED, MEETING_ENDED }

    public boolean open() {
        return leftAt == null;
    }
}
