package vn.chibo.room;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Hands a meeting's events to this node's subscribers of {@code /topic/meetings/{id}}. The STOMP {@code MESSAGE}
 * frame is encoded once per subscription id (clients use the same few ids, so mostly once per event) and the
 * same bytes go, as one binary WebSocket message, to every subscriber's {@link Outbound}. The broker's own path
 * would build a message per subscriber, encode it per subscriber and turn it into a UTF-16 string the container
 * encodes back to UTF-8: in a join storm that was most of the node's CPU (docs/benchmarks.md).
 *
 * <p>Who subscribed is the simple broker's own registry: {@code SUBSCRIBE} (once {@link RoomChannelInterceptor}
 * has allowed it), {@code UNSUBSCRIBE} and {@code DISCONNECT} keep it, as for every other destination. The frame
 * carries what the broker's would: {@code destination}, {@code content-type}, {@code subscription},
 * {@code message-id} (one per event, the same for every subscriber) and {@code content-length}.
 */
@Component
class TopicFrames {

    private static final byte[] NO_PAYLOAD = new byte[0];

    private final Supplier<SimpleBrokerMessageHandler> broker;
    private final Connections connections;
    private final AtomicLong messages = new AtomicLong();

    TopicFrames(@Qualifier("simpleBrokerMessageHandler") ObjectProvider<AbstractBrokerMessageHandler> broker,
            Connections connections) {
        this.broker = SingletonSupplier.of(() -> (SimpleBrokerMessageHandler) broker.getObject());
        this.connections = connections;
    }

    /** Sends {@code body} (JSON, UTF-8) to every subscriber of {@code destination} on this node. */
    void send(String destination, byte[] body) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        var subscribers = broker.get().getSubscriptionRegistry()
                .findSubscriptions(MessageBuilder.createMessage(NO_PAYLOAD, headers.getMessageHeaders()));
        if (subscribers.isEmpty()) {
            return;
        }
        var messageId = connections.node + "-e" + Long.toString(messages.incrementAndGet(), 36);
        var frames = new HashMap<String, ByteBuffer>(4);
        subscribers.forEach((sessionId, subscriptionIds) -> {
            var local = connections.get(sessionId);
            if (local == null) {
                return;
            }
            for (var subscriptionId : subscriptionIds) {
                var frame = frames.computeIfAbsent(subscriptionId, id -> frame(destination, id, messageId, body));
                try {
                    local.session.sendMessage(Outbound.shared(frame));
                }
                catch (java.io.IOException | RuntimeException e) {
                    // the connection is closing; its client resumes from its last seq when it reconnects
                }
            }
        });
    }

    /** A STOMP 1.2 {@code MESSAGE} frame, header values escaped. */
    static ByteBuffer frame(String destination, String subscriptionId, String messageId, byte[] body) {
        var head = ("MESSAGE\ndestination:" + escape(destination) + "\ncontent-type:application/json\nsubscription:"
                + escape(subscriptionId) + "\nmessage-id:" + escape(messageId) + "\ncontent-length:" + body.length
                + "\n\n").getBytes(StandardCharsets.UTF_8);
        var frame = ByteBuffer.allocate(head.length + body.length + 1);
        frame.put(head).put(body).put((byte) 0).flip();
        return frame;
    }

    /** STOMP 1.2 header escaping: backslash, carriage return, line feed and colon. */
    static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf(':') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ':' -> out.append("\\c");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
