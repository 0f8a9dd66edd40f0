package vn.chibo.attendance;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.conferencing.JitsiPresenceChanged;

/**
 * Stores the Jitsi call's presence (source {@code jitsi}) as a join and a leave fact keyed by the interval id, so a
 * re-published interval overwrites its own facts and no ordering is needed. A closed interval is never reopened by
 * a late publication of its open state.
 */
@Component
class JitsiFacts {

    private final JdbcLedger ledger;

    JitsiFacts(JdbcLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(JitsiPresenceChanged changed) {
        var meeting = changed.meetingId().value();
        var interval = changed.intervalId().toString();
        ledger.upsert("jitsi:" + interval + ":join", "jitsi", PresenceFact.Kind.JOIN, meeting, changed.memberId(),
                interval, "joined", changed.joinedAt(), null);
        if (changed.leftAt() != null) {
            ledger.upsert("jitsi:" + interval + ":leave", "jitsi", PresenceFact.Kind.LEAVE, meeting, changed.memberId(),
                    interval, cause(changed.closedBy()), changed.leftAt(), null);
        }
    }

    static String cause(JitsiPresenceChanged.Closure closure) {
        if (closure == null) {
            return "left";
        }
        return switch (closure) {
            case LEFT -> "left";
            case ROOM_DESTROYED -> "room-destroyed";
            case MEETING_ENDED -> "meeting-ended";
        };
    }
}
