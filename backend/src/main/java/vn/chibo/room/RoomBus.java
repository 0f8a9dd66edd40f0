package vn.chibo.room;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.redis.RedisKeySpace;

/**
 * The cross-node fan-out: every event a Lua script publishes on {@code room:{m}:bus} reaches every node, which
 * hands it, unchanged, to its subscribers of {@code /topic/meetings/{m}} ({@link TopicFrames}). One thread per node delivers
 * them, so each meeting's events keep their Redis order (their seq order). A meeting's state change or a removal
 * also drops the access decisions every node keeps ({@link RoomDecisions}); changes that emit no room event
 * (a rescheduled meeting: chair, minute-taker, guests) go on {@code room:invalidate} (payload: the meeting id).
 */
@Configuration(proxyBeanMethods = false)
class RoomBus implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(RoomBus.class);
    private static final String REMOVED = "\"type\":\"participant-removed\"";
    private static final String STATE_CHANGED = "\"type\":\"meeting-state-changed\"";

    private final ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "room-bus");
        thread.setDaemon(true);
        return thread;
    });
    private final TopicDelivery topics;
    private final TopicFrames frames;
    private final ObjectProvider<Room> room;
    private final JsonMapper json;
    private final RoomInvalidations invalidations;
    private final StringRedisTemplate redis;
    private final String invalidationChannel;

    RoomBus(TopicFrames frames, ObjectProvider<Room> room, JsonMapper json,
            RoomInvalidations invalidations, StringRedisTemplate redis, RedisKeySpace keys, RoomProperties properties) {
        this.frames = frames;
        this.room = room;
        this.json = json;
        this.invalidations = invalidations;
        this.redis = redis;
        this.invalidationChannel = keys.key("room", "invalidate");
        this.topics = new TopicDelivery(delivery, properties.coalesceWindow().toNanos(), this::send);
    }

    /** Every node drops what it remembers about the meeting (summary, access decisions). */
    void invalidate(MeetingId meeting) {
        invalidations.meeting(meeting);
        redis.convertAndSend(invalidationChannel, meeting.toString());
    }

    @Bean
    RedisMessageListenerContainer roomBusListenerContainer(RedisConnectionFactory redis, RedisKeySpace keys) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(delivery);
        container.addMessageListener(this, new PatternTopic(keys.key("room", "{*}", "bus")));
        container.addMessageListener(this, new ChannelTopic(invalidationChannel));
        return container;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            var channel = new String(message.getChannel(), StandardCharsets.UTF_8);
            if (channel.equals(invalidationChannel)) {
                invalidations.meeting(new MeetingId(UUID.fromString(new String(message.getBody(), StandardCharsets.UTF_8))));
                return;
            }
            var open = channel.lastIndexOf(":{");
            var meeting = channel.substring(open + 2, channel.indexOf('}', open));
            var body = message.getBody();
            var text = new String(body, StandardCharsets.UTF_8);
            if (text.contains(REMOVED) || text.contains(STATE_CHANGED)) {
                // decisions this node made before the change are decided anew (a removed member is refused)
                invalidations.meeting(new MeetingId(UUID.fromString(meeting)));
            }
            topics.deliver(meeting, body);
            if (text.contains(REMOVED)) {
                var member = UUID.fromString(json.readTree(text).path("memberId").asString());
                room.getObject().closeRemoved(new MeetingId(UUID.fromString(meeting)), member);
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not deliver a room event: {}", e.toString());
        }
    }

    private void send(String meeting, byte[] body) {
        try {
            frames.send("/topic/meetings/" + meeting, body);
        }
        catch (RuntimeException e) {
            log.warn("Could not deliver a room event: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdown();
    }
}
