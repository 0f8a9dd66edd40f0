package vn.chibo.room;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;

/**
 * Hands join/leave facts to the attendance module durably. The Lua script that changes presence also queues
 * the fact in Redis ({@code room:facts}); the node then publishes it as {@link ParticipantJoined} or
 * {@link ParticipantLeft} in a transaction (event publication registry) and only then removes it from the
 * queue. Facts a dead node left queued are handed over by any node after {@code fact-retry-after}; the
 * consumer is idempotent on {@code eventKey}, so a fact handed over twice is stored once.
 *
 * <p>The hand-over is not on the member's way: a join is answered once Redis has the fact, and one thread of
 * the node publishes the facts waiting, up to 500 in one transaction (a join storm of 2,000 members is a few
 * transactions, not 2,000 commits the joins would each wait for).
 */
@Component
class FactRelay {

    private static final Logger log = LoggerFactory.getLogger(FactRelay.class);

    private static final int BATCH = 500;

    private final RoomStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final RoomProperties properties;
    private final Clock clock;
    private final LinkedBlockingQueue<String> waiting = new LinkedBlockingQueue<>();
    private final Thread relay = new Thread(this::relay, "room-facts");
    private volatile boolean running = true;

    FactRelay(RoomStore store, ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json,
            RoomProperties properties, Clock clock) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        relay.setDaemon(true);
        relay.start();
    }

    /** Facts just queued in Redis by a script: handed over shortly, by this node's relay thread. */
    void handOver(List<String> facts) {
        waiting.addAll(facts);
    }

    private void relay() {
        while (running) {
            try {
                var first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                var batch = new ArrayList<String>();
                batch.add(first);
                waiting.drainTo(batch, BATCH - 1);
                publish(batch);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** In one transaction; on failure the facts stay queued in Redis and {@link #handOverLeftBehind} retries. */
    private void publish(List<String> facts) {
        try {
            transactions.executeWithoutResult(status -> facts.forEach(fact -> events.publishEvent(event(fact))));
            store.factsHandedOver(facts);
        }
        catch (RuntimeException e) {
            log.warn("{} presence facts stay queued for a later hand-over: {}", facts.size(), e.toString());
        }
    }

    /** Publishes what is waiting before the node stops (what is left stays in Redis for any node). */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        relay.join(2_000);
        var rest = new ArrayList<String>();
        waiting.drainTo(rest);
        if (!rest.isEmpty()) {
            publish(rest);
        }
    }

    @Scheduled(fixedDelayString = "${chibo.room.fact-retry-after:30s}", initialDelayString = "${chibo.room.fact-retry-after:30s}")
    void handOverLeftBehind() {
        try {
            var olderThan = clock.millis() - properties.factRetryAfter().toMillis();
            var left = store.queuedFacts(200).stream()
                    .filter(f -> json.readTree(f).path("atMs").asLong() < olderThan).toList();
            if (!left.isEmpty()) {
                publish(left);
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not look for presence facts left behind: {}", e.toString());
        }
    }

    private Object event(String fact) {
        var node = json.readTree(fact);
        var meeting = new MeetingId(UUID.fromString(node.path("meetingId").asString()));
        var member = UUID.fromString(node.path("memberId").asString());
        var connection = node.path("connectionId").asString();
        var at = Instant.parse(node.path("at").asString());
        return "JOIN".equals(node.path("kind").asString())
                ? new ParticipantJoined(meeting, member, connection, at, node.path("role").asString())
                : new ParticipantLeft(meeting, member, connection, at, node.path("cause").asString());
    }
}
