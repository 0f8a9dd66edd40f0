package vn.chibo.room;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
 */
@Component
class FactRelay {

    private static final Logger log = LoggerFactory.getLogger(FactRelay.class);

    private final RoomStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final RoomProperties properties;
    private final Clock clock;

    FactRelay(RoomStore store, ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json,
            RoomProperties properties, Clock clock) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    void handOver(List<String> facts) {
        for (var fact : facts) {
            try {
                transactions.executeWithoutResult(status -> events.publishEvent(event(fact)));
                store.factHandedOver(fact);
            }
            catch (RuntimeException e) {
                log.warn("Presence fact stays queued for a later hand-over: {}", e.toString());
            }
        }
    }

    @Scheduled(fixedDelayString = "${chibo.room.fact-retry-after:30s}", initialDelayString = "${chibo.room.fact-retry-after:30s}")
    void handOverLeftBehind() {
        try {
            var olderThan = clock.millis() - properties.factRetryAfter().toMillis();
            var left = store.queuedFacts(200).stream()
                    .filter(f -> json.readTree(f).path("atMs").asLong() < olderThan).toList();
            handOver(left);
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
