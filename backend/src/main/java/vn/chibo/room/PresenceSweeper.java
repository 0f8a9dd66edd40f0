package vn.chibo.room;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node, every {@code sweep-interval}, removes the connections whose presence expired (their node died,
 * or they went silent) in one atomic Lua call per batch and emits their leave; whichever node gets there first
 * does it, the others find nothing.
 */
@Component
// not in a process started only to verify the audit chain: it must print one line and touch nothing (Spring Session
// turns scheduling on by itself, so the switch on vn.chibo.Scheduling does not stop the jobs that run at once)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "chibo.audit.verify", havingValue = "false", matchIfMissing = true)
class PresenceSweeper {

    private static final Logger log = LoggerFactory.getLogger(PresenceSweeper.class);
    private static final int BATCH = 500;

    private final RoomStore store;
    private final FactRelay facts;

    PresenceSweeper(RoomStore store, FactRelay facts) {
        this.store = store;
        this.facts = facts;
    }

    @Scheduled(fixedDelayString = "${chibo.room.sweep-interval:2s}")
    void sweep() {
        try {
            RoomStore.Outcome swept;
            do {
                swept = store.sweep(BATCH);
                facts.handOver(swept.facts());
            }
            while (swept.seq() >= BATCH);
        }
        catch (RuntimeException e) {
            log.warn("Presence sweep failed, the next one retries: {}", e.toString());
        }
    }
}
