package vn.chibo.room;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.security.Actor;

/**
 * Every SUBSCRIBE and SEND is checked against an access decision; a connection's decision for a meeting is made
 * once (by its first frame for the meeting, usually the SUBSCRIBE) and its later frames reuse it, so a join
 * storm does not ask PostgreSQL again for every member. Refusals are remembered the same way. A decision is
 * dropped when the meeting changes state, is rescheduled (chair, minute-taker, guests) or removes someone (on
 * every node, see {@link RoomBus}), and after {@code chibo.room.decision-ttl} at the latest; a role change or a
 * logout ends the HTTP session, which closes the connection with its decisions. Without a decision, or with a
 * stale one, the frame is decided anew: deny by default.
 */
@Component
class RoomDecisions {

    /** Decisions kept per connection: a page watches one meeting, a few are plenty. */
    private static final int PER_CONNECTION = 8;

    record Decision(Actor actor, Access access, String refusal, long tick, long decidedAtNanos) {

        Access grantedOrThrow() {
            if (refusal != null) {
                throw RoomRefusal.byCode(refusal);
            }
            return access;
        }
    }

    private final RoomAccess access;
    private final RoomStore store;
    private final Connections connections;
    private final RoomInvalidations invalidations;
    private final long ttlNanos;

    RoomDecisions(RoomAccess access, RoomStore store, Connections connections, RoomInvalidations invalidations,
            RoomProperties properties) {
        this.access = access;
        this.store = store;
        this.connections = connections;
        this.invalidations = invalidations;
        this.ttlNanos = properties.decisionTtl().toNanos();
    }

    /** What the actor may do in the meeting on this connection; throws the refusal otherwise. */
    Access of(String sessionId, Actor actor, MeetingId meeting) {
        var local = connections.get(sessionId);
        if (local != null) {
            var kept = local.decisions.get(meeting);
            if (kept != null && good(kept, actor, meeting)) {
                return kept.grantedOrThrow();
            }
        }
        var decision = decide(actor, meeting);
        if (local != null) {
            if (local.decisions.size() >= PER_CONNECTION) {
                local.decisions.clear();
            }
            local.decisions.put(meeting, decision);
        }
        return decision.grantedOrThrow();
    }

    private boolean good(Decision kept, Actor actor, MeetingId meeting) {
        return Objects.equals(kept.actor(), actor) && System.nanoTime() - kept.decidedAtNanos() < ttlNanos
                && invalidations.stillGood(meeting, kept.tick());
    }

    private Decision decide(Actor actor, MeetingId meeting) {
        var tick = invalidations.tick();
        var now = System.nanoTime();
        try {
            var decided = access.of(actor, meeting);
            if (decided.memberId() != null && store.isRemoved(meeting, decided.memberId())) {
                throw RoomRefusal.removed();
            }
            return new Decision(actor, decided, null, tick, now);
        }
        catch (RoomRefusal refused) {
            return new Decision(actor, null, refused.code(), tick, now);
        }
    }
}
