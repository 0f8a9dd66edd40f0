package vn.chibo.room;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.DomainException;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;

/**
 * Authorises every inbound frame, denying by default. CONNECT needs the logged-in actor of the HTTP session
 * behind the handshake; SUBSCRIBE and SEND are allowed only to the destinations of docs/realtime-protocol.md,
 * for someone who may view the meeting, and chair commands only for someone who manages it. A refused
 * CONNECT or SUBSCRIBE throws (a STOMP ERROR frame, see {@link RoomErrorHandler}); a refused SEND is answered on
 * the sender's {@code /user/queue/errors} and dropped. Decisions are per connection and meeting and reused by its
 * later frames ({@link RoomDecisions}). Every frame also keeps the connection's presence alive.
 */
@Component
class RoomChannelInterceptor implements ExecutorChannelInterceptor {

    static final String ACCESS_HEADER = "chiboRoomAccess";
    /** A command's name and when its frame arrived (for the {@code chibo.room.command} timer). */
    static final String COMMAND_HEADER = "chiboRoomCommand";
    static final String RECEIVED_HEADER = "chiboRoomReceived";

    private static final String UUID_PATTERN = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern COMMAND = Pattern.compile("^/app/meetings/" + UUID_PATTERN + "/([a-z-]{1,20})$");
    private static final Pattern TOPIC = Pattern.compile("^/topic/meetings/" + UUID_PATTERN + "$");
    private static final Pattern SNAPSHOT = Pattern.compile("^/app/meetings/" + UUID_PATTERN + "/(snapshot|since/[0-9]{1,18})$");
    private static final Set<String> PRIVATE_QUEUES = Set.of("/user/queue/errors", "/user/queue/replies");
    private static final Set<String> MEMBER_COMMANDS = Set.of("join", "leave", "raise-hand", "lower-hand");
    private static final Set<String> CHAIR_COMMANDS = Set.of("open", "start", "end", "agenda", "lock", "unlock",
            "give-floor", "end-floor", "remove");

    /** Resolved once, on first use (they depend on this interceptor's channel): a bean look-up per frame costs. */
    private final Supplier<RoomDecisions> decisions;
    private final Supplier<Room> room;
    private final Supplier<SimpMessagingTemplate> messaging;
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RoomChannelInterceptor(ObjectProvider<RoomDecisions> decisions, ObjectProvider<Room> room,
            ObjectProvider<SimpMessagingTemplate> messaging, ObjectProvider<MeterRegistry> meters) {
        this.decisions = SingletonSupplier.of(decisions::getObject);
        this.room = SingletonSupplier.of(room::getObject);
        this.messaging = SingletonSupplier.of(messaging::getObject);
        this.meters = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var headers = message.getHeaders();
        var type = SimpMessageHeaderAccessor.getMessageType(headers);
        var sessionId = SimpMessageHeaderAccessor.getSessionId(headers);
        if (type == null) {
            throw RoomRefusal.unknownDestination();
        }
        room.get().heardFrom(sessionId);
        var subscribeOrSend = type == SimpMessageType.SUBSCRIBE || type == SimpMessageType.MESSAGE;
        var checkEvery = subscribeOrSend ? 0 : Connections.SESSION_CHECK_EVERY;
        if (room.get().sessionEnded(sessionId, checkEvery)) {
            return null;
        }
        return switch (type) {
            case HEARTBEAT, UNSUBSCRIBE, DISCONNECT -> message;
            case CONNECT -> {
                actor(message);
                yield message;
            }
            case SUBSCRIBE -> subscribe(message, sessionId);
            case MESSAGE -> send(message, sessionId);
            default -> throw RoomRefusal.unknownDestination();
        };
    }

    private Message<?> subscribe(Message<?> message, String sessionId) {
        var actor = actor(message);
        var destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        if (destination == null) {
            throw RoomRefusal.unknownDestination();
        }
        if (PRIVATE_QUEUES.contains(destination)) {
            return message;
        }
        var topic = TOPIC.matcher(destination);
        if (topic.matches()) {
            decisions.get().of(sessionId, actor, meeting(topic.group(1)));
            return message;
        }
        var snapshot = SNAPSHOT.matcher(destination);
        if (snapshot.matches()) {
            return withAccess(message, decisions.get().of(sessionId, actor, meeting(snapshot.group(1))));
        }
        throw RoomRefusal.unknownDestination();
    }

    private Message<?> send(Message<?> message, String sessionId) {
        var destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        try {
            var actor = actor(message);
            var command = destination == null ? null : COMMAND.matcher(destination);
            if (command == null || !command.matches()
                    || !(MEMBER_COMMANDS.contains(command.group(2)) || CHAIR_COMMANDS.contains(command.group(2)))) {
                throw RoomRefusal.unknownDestination();
            }
            var decided = decisions.get().of(sessionId, actor, meeting(command.group(1)));
            if (CHAIR_COMMANDS.contains(command.group(2)) && !decided.manage()) {
                throw RoomRefusal.chairOnly();
            }
            return MessageBuilder.fromMessage(message).setHeader(ACCESS_HEADER, decided)
                    .setHeader(COMMAND_HEADER, command.group(2)).setHeader(RECEIVED_HEADER, System.nanoTime()).build();
        }
        catch (DomainException refused) {
            var user = SimpMessageHeaderAccessor.getUser(message.getHeaders());
            if (user != null && sessionId != null) {
                var reply = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
                reply.setSessionId(sessionId);
                reply.setLeaveMutable(true);
                messaging.get().convertAndSendToUser(user.getName(), "/queue/errors",
                        RoomController.error(refused, destination), reply.getMessageHeaders());
            }
            return null;
        }
    }

    /** Handlers run on the inbound executor: the actor becomes the current one there (auditing, the meeting module). */
    @Override
    public Message<?> beforeHandle(Message<?> message, MessageChannel channel, MessageHandler handler) {
        var user = SimpMessageHeaderAccessor.getUser(message.getHeaders());
        if (user instanceof ActorAuthentication authentication) {
            SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        }
        return message;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        SecurityContextHolder.clearContext();
        if (handler instanceof SimpAnnotationMethodMessageHandler
                && message.getHeaders().get(COMMAND_HEADER) instanceof String command
                && message.getHeaders().get(RECEIVED_HEADER) instanceof Long received) {
            timer(command).record(System.nanoTime() - received, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * {@code chibo.room.command}, by command: from the frame's arrival on this node to its reply handed to the
     * connection (the wait for an inbound thread, the access check, Redis and the handler); p50 and p99 are
     * published ({@code /actuator/prometheus}), the room benchmark reads them.
     */
    private Timer timer(String command) {
        return timers.computeIfAbsent(command, name -> Timer.builder("chibo.room.command").tag("command", name)
                .description("A room command, from its frame's arrival to its reply handed to the connection")
                .publishPercentiles(0.5, 0.99).register(meters));
    }

    private static Actor actor(Message<?> message) {
        Principal user = SimpMessageHeaderAccessor.getUser(message.getHeaders());
        if (user instanceof ActorAuthentication authentication && authentication.isAuthenticated()) {
            return authentication.getPrincipal();
        }
        throw RoomRefusal.notAuthenticated();
    }

    private static MeetingId meeting(String id) {
        return new MeetingId(UUID.fromString(id));
    }

    private static Message<?> withAccess(Message<?> message, Access decided) {
        return MessageBuilder.fromMessage(message).setHeader(ACCESS_HEADER, decided).build();
    }
}
