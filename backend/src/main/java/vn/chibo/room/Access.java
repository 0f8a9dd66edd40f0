package vn.chibo.room;

import java.util.UUID;

import vn.chibo.meeting.MeetingSummary;
import vn.chibo.shared.security.Actor;

/** What one actor may do in one meeting's room, decided once per frame from the meeting module. */
record Access(Actor actor, MeetingSummary meeting, String role, boolean manage) {

    static final String CHAIR = "CHAIR";
    static final String MINUTE_TAKER = "MINUTE_TAKER";
    static final String MEMBER = "MEMBER";
    static final String GUEST = "GUEST";
    static final String OBSERVER = "OBSERVER";

    UUID memberId() {
        return actor.memberId();
    }

    boolean observer() {
        return OBSERVER.equals(role);
    }
}
