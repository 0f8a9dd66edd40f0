package vn.chibo.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the presence of this node's connections alive from their frames (STOMP heart-beats included): a frame
 * only notes the time; every {@code heartbeat-tick} the connections heard from since their last refresh and
 * due one (at most every TTL/4) are refreshed together, up to {@link RoomStore#HEARTBEAT_BATCH} per Lua call.
 * 10,000 connections thus cost Redis a few calls a second instead of 2,667, and no inbound thread waits on
 * Redis for a heart-beat. A connection Redis no longer knows (swept after a pause longer than the TTL) joins
 * again.
 */
@Component
// not in a process started only to verify the audit chain: it must print one line and touch nothing (Spring Session
// turns scheduling on by itself, so the switch on vn.chibo.Scheduling does not stop the jobs that run at once)
@ConditionalOnProperty(name = "chibo.audit.verify", havingValue = "false", matchIfMissing = true)
class PresenceHeartbeats {

    private static final Logger log = LoggerFactory.getLogger(PresenceHeartbeats.class);

    private final Connections connections;
    private final RoomStore store;
    private final Room room;
    private final RoomProperties properties;
    private final Clock clock;

    PresenceHeartbeats(Connections connections, RoomStore store, Room room, RoomProperties properties, Clock clock) {
        this.connections = connections;
        this.store = store;
        this.room = room;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chibo.room.heartbeat-tick:250ms}")
    void refresh() {
        var now = clock.millis();
        var every = properties.refreshEvery().toMillis();
        var due = new ArrayList<Connections.Local>();
        var joined = new ArrayList<Connections.Joined>();
        for (var local : connections.all()) {
            var j = local.joined;
            if (j != null && local.heardAt > local.refreshedAt && now - local.refreshedAt >= every) {
                due.add(local);
                joined.add(j);
                if (due.size() == RoomStore.HEARTBEAT_BATCH) {
                    send(due, joined, now);
                    due.clear();
                    joined.clear();
                }
            }
        }
        if (!due.isEmpty()) {
            send(due, joined, now);
        }
    }

    private void send(List<Connections.Local> due, List<Connections.Joined> joined, long now) {
        var present = new ArrayList<RoomStore.Present>(due.size());
        for (int i = 0; i < due.size(); i++) {
            present.add(new RoomStore.Present(joined.get(i).meeting(), due.get(i).connectionId));
        }
        try {
            var gone = store.heartbeats(present);
            due.forEach(l -> l.refreshedAt = now);
            for (var position : gone) {
                var local = due.get(position);
                if (local.joined == joined.get(position)) {
                    room.rejoin(local, joined.get(position));
                }
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not refresh presence, the next tick retries: {}", e.toString());
        }
    }
}
