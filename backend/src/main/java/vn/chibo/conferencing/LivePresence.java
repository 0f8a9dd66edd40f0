package vn.chibo.conferencing;

import java.util.OptionalInt;

import vn.chibo.meeting.MeetingId;

/**
 * How many members the live room (WebSocket presence) sees in a meeting now, for the reconciliation to compare
 * with Jitsi's count. Optional: the room module may provide a bean; without one (or when it answers empty)
 * only the webhook-derived count is compared.
 */
public interface LivePresence {

    OptionalInt count(MeetingId meeting);
}
