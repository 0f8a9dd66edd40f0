package vn.chibo.room;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.redis.RedisKeySpace;

/**
 * The cross-node fan-out: every event a Lua script publishes on {@code room:{m}:bus} reaches every node, which
 * hands it, unchanged, to its in-memory broker for {@code /topic/meetings/{m}}. One thread per node delivers
 * them, so each meeting's events keep their Redis order (their seq order).
 */
@Configuration(proxyBeanMethods = false)
class RoomBus implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(RoomBus.class);
    private static final String REMOVED = "\"type\":\"participant-removed\"";

    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "room-bus");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectProvider<SimpMessagingTemplate> messaging;
    private final ObjectProvider<Room> room;
    private final JsonMapper json;

    RoomBus(ObjectProvider<SimpMessagingTemplate> messaging, ObjectProvider<Room> room, JsonMapper json) {
        this.messaging = messaging;
        this.room = room;
        this.json = json;
    }

    @Bean
    RedisMessageListenerContainer roomBusListenerContainer(RedisConnectionFactory redis, RedisKeySpace keys) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(delivery);
        container.addMessageListener(this, new PatternTopic(keys.key("room", "{*}", "bus")));
        return container;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            var channel = new String(message.getChannel(), StandardCharsets.UTF_8);
            var open = channel.lastIndexOf(":{");
            var meeting = channel.substring(open + 2, channel.indexOf('}', open));
            var body = message.getBody();
            var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            headers.setLeaveMutable(true);
            messaging.getObject().send("/topic/meetings/" + meeting,
                    MessageBuilder.createMessage(body, headers.getMessageHeaders()));
            var text = new String(body, StandardCharsets.UTF_8);
            if (text.contains(REMOVED)) {
                var member = UUID.fromString(json.readTree(text).path("memberId").asString());
                room.getObject().closeRemoved(new MeetingId(UUID.fromString(meeting)), member);
            }
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
