package vn.chibo.room;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

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

    private static final String UUID_PATTERN = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern COMMAND = Pattern.compile("^/app/meetings/" + UUID_PATTERN + "/([a-z-]{1,20})$");
    private static final Pattern TOPIC = Pattern.compile("^/topic/meetings/" + UUID_PATTERN + "$");
    private static final Pattern SNAPSHOT = Pattern.compile("^/app/meetings/" + UUID_PATTERN + "/(snapshot|since/[0-9]{1,18})$");
    private static final Set<String> PRIVATE_QUEUES = Set.of("/user/queue/errors", "/user/queue/replies");
    private static final Set<String> MEMBER_COMMANDS = Set.of("join", "leave", "raise-hand", "lower-hand");
    private static final Set<String> CHAIR_COMMANDS = Set.of("open", "start", "end", "agenda", "lock", "unlock",
            "give-floor", "end-floor", "remove");

    private final ObjectProvider<RoomDecisions> decisions;
    private final ObjectProvider<Room> room;
    private final ObjectProvider<SimpMessagingTemplate> messaging;

    RoomChannelInterceptor(ObjectProvider<RoomDecisions> decisions, ObjectProvider<Room> room,
            ObjectProvider<SimpMessagingTemplate> messaging) {
        this.decisions = decisions;
        this.room = room;
        this.messaging = messaging;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var headers = message.getHeaders();
        var type = SimpMessageHeaderAccessor.getMessageType(headers);
        var sessionId = SimpMessageHeaderAccessor.getSessionId(headers);
        if (type == null) {
            throw RoomRefusal.unknownDestination();
        }
        room.getObject().heardFrom(sessionId);
        var subscribeOrSend = type == SimpMessageType.SUBSCRIBE || type == SimpMessageType.MESSAGE;
        if (room.getObject().sessionEnded(sessionId, subscribeOrSend)) {
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
            decisions.getObject().of(sessionId, actor, meeting(topic.group(1)));
            return message;
        }
        var snapshot = SNAPSHOT.matcher(destination);
        if (snapshot.matches()) {
            return withAccess(message, decisions.getObject().of(sessionId, actor, meeting(snapshot.group(1))));
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
            var decided = decisions.getObject().of(sessionId, actor, meeting(command.group(1)));
            if (CHAIR_COMMANDS.contains(command.group(2)) && !decided.manage()) {
                throw RoomRefusal.chairOnly();
            }
            return withAccess(message, decided);
        }
        catch (DomainException refused) {
            var user = SimpMessageHeaderAccessor.getUser(message.getHeaders());
            if (user != null && sessionId != null) {
                var reply = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
                reply.setSessionId(sessionId);
                reply.setLeaveMutable(true);
                messaging.getObject().convertAndSendToUser(user.getName(), "/queue/errors",
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
