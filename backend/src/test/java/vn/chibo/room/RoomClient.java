package vn.chibo.room;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A STOMP client as the room page uses it (docs/realtime-protocol.md), over a real WebSocket. */
class RoomClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ThreadPoolTaskScheduler HEARTBEATS = new ThreadPoolTaskScheduler();

    static {
        HEARTBEATS.setPoolSize(2);
        HEARTBEATS.setDaemon(true);
        HEARTBEATS.initialize();
    }

    final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonNode> errors = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
    /** STOMP ERROR frames: their message header, then the connection is gone. */
    final BlockingQueue<String> stompErrors = new LinkedBlockingQueue<>();
    volatile boolean lost;
    private final StompSession session;

    private RoomClient(int port, String sessionCookie, long heartbeat) throws Exception {
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new RawJson());
        client.setTaskScheduler(HEARTBEATS);
        client.setDefaultHeartbeat(new long[] {heartbeat, heartbeat});
        var http = new WebSocketHttpHeaders();
        if (sessionCookie != null) {
            http.add("Cookie", "CHIBO_SESSION=" + sessionCookie);
        }
        var handler = new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                stompErrors.add(String.valueOf(headers.getFirst("message")));
            }

            @Override
            public void handleTransportError(StompSession session, Throwable exception) {
                lost = true;
            }
        };
        this.session = client.connectAsync("ws://localhost:" + port + "/ws", http, new StompHeaders(), handler)
                .get(10, TimeUnit.SECONDS);
        subscribe("/user/queue/errors", errors);
        subscribe("/user/queue/replies", replies);
    }

    static RoomClient connect(int port, String sessionCookie) throws Exception {
        return new RoomClient(port, sessionCookie, 1000);
    }

    /** A client that never sends heart-beats: its presence lives only as long as the TTL. */
    static RoomClient silent(int port, String sessionCookie) throws Exception {
        return new RoomClient(port, sessionCookie, 0);
    }

    RoomClient watch(MeetingId meeting) {
        subscribe("/topic/meetings/" + meeting, events);
        return this;
    }

    JsonNode snapshot(MeetingId meeting) {
        return ask("/app/meetings/" + meeting + "/snapshot");
    }

    JsonNode since(MeetingId meeting, long seq) {
        return ask("/app/meetings/" + meeting + "/since/" + seq);
    }

    StompSession.Subscription subscribeRaw(String destination) {
        return subscribe(destination, answers);
    }

    JsonNode join(MeetingId meeting) {
        send(meeting, "join", "{}");
        return reply();
    }

    void send(MeetingId meeting, String command, String body) {
        var headers = new StompHeaders();
        headers.setDestination("/app/meetings/" + meeting + "/" + command);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode reply() {
        return take(replies, "a private reply");
    }

    JsonNode error() {
        return take(errors, "an error");
    }

    JsonNode event() {
        return take(events, "an event");
    }

    /** The next events up to and including the first of this type. */
    List<JsonNode> eventsUntil(String type) {
        var seen = new ArrayList<JsonNode>();
        while (true) {
            var event = event();
            seen.add(event);
            if (type.equals(event.path("type").asString())) {
                return seen;
            }
        }
    }

    String stompError() {
        try {
            var error = stompErrors.poll(10, TimeUnit.SECONDS);
            assertThat(error).as("a STOMP ERROR frame").isNotNull();
            return error;
        }
        catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode poll(BlockingQueue<JsonNode> queue, Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean connected() {
        return session.isConnected() && !lost;
    }

    private JsonNode ask(String destination) {
        var subscription = subscribe(destination, answers);
        var answer = take(answers, "an answer on " + destination);
        subscription.unsubscribe();
        return answer;
    }

    private StompSession.Subscription subscribe(String destination, BlockingQueue<JsonNode> into) {
        return session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                var message = JSON.readTree((byte[]) payload);
                if (into == events && "events".equals(message.path("type").asString())) {
                    // a burst delivered together (docs/realtime-protocol.md, section 3): its events, in order, each
                    // with the meeting the burst names once
                    var meetingId = message.path("meetingId").asString();
                    message.path("events").forEach(event -> into.add(
                            ((tools.jackson.databind.node.ObjectNode) event.deepCopy()).put("meetingId", meetingId)));
                }
                else {
                    into.add(message);
                }
            }
        });
    }

    private static JsonNode take(BlockingQueue<JsonNode> queue, String what) {
        try {
            var next = queue.poll(10, TimeUnit.SECONDS);
            if (next == null) {
                fail("no " + what + " within 10 s");
            }
            return next;
        }
        catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Frames as the bytes they carry, whatever their content type. */
    static final class RawJson extends AbstractMessageConverter {

        RawJson() {
            super(MimeTypeUtils.APPLICATION_JSON);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return byte[].class == type;
        }

        @Override
        protected boolean supportsMimeType(MessageHeaders headers) {
            return true;
        }

        @Override
        protected Object convertFromInternal(Message<?> message, Class<?> type, Object hint) {
            return message.getPayload();
        }

        @Override
        protected Object convertToInternal(Object payload, MessageHeaders headers, Object hint) {
            return payload;
        }
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }
}
