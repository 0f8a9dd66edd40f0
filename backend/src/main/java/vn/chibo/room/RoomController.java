package vn.chibo.room;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentTypeMismatchException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

import tools.jackson.databind.JsonNode;

import vn.chibo.shared.DomainException;

/**
 * The destinations of docs/realtime-protocol.md. {@link RoomChannelInterceptor} has already decided who may
 * send or subscribe and hands over the {@link Access} it computed.
 */
@Controller
class RoomController {

    private static final Logger log = LoggerFactory.getLogger(RoomController.class);
    private static final String ACCESS = RoomChannelInterceptor.ACCESS_HEADER;
    private static final String SESSION = SimpMessageHeaderAccessor.SESSION_ID_HEADER;

    record AgendaCommand(UUID itemId) {
    }

    record MemberCommand(UUID memberId, String reason) {
    }

    private final Room room;

    RoomController(Room room) {
        this.room = room;
    }

    @SubscribeMapping("/meetings/{id}/snapshot")
    JsonNode snapshot(@Header(ACCESS) Access access) {
        return room.snapshot(access);
    }

    @SubscribeMapping("/meetings/{id}/since/{seq}")
    JsonNode since(@Header(ACCESS) Access access, @DestinationVariable long seq) {
        return room.since(access, seq);
    }

    @MessageMapping("/meetings/{id}/join")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    Map<String, Object> join(@Header(ACCESS) Access access, @Header(SESSION) String session) {
        return room.join(access, session);
    }

    @MessageMapping("/meetings/{id}/leave")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    Map<String, Object> leave(@Header(ACCESS) Access access, @Header(SESSION) String session) {
        return room.leave(access, session);
    }

    @MessageMapping("/meetings/{id}/raise-hand")
    void raiseHand(@Header(ACCESS) Access access, @Header(SESSION) String session) {
        room.raiseHand(access, session);
    }

    @MessageMapping("/meetings/{id}/lower-hand")
    void lowerHand(@Header(ACCESS) Access access, @Header(SESSION) String session) {
        room.lowerHand(access, session);
    }

    @MessageMapping("/meetings/{id}/open")
    void open(@Header(ACCESS) Access access) {
        room.open(access);
    }

    @MessageMapping("/meetings/{id}/start")
    void start(@Header(ACCESS) Access access) {
        room.start(access);
    }

    @MessageMapping("/meetings/{id}/end")
    void end(@Header(ACCESS) Access access) {
        room.end(access);
    }

    @MessageMapping("/meetings/{id}/agenda")
    void agenda(@Header(ACCESS) Access access, @Payload AgendaCommand command) {
        room.agenda(access, command.itemId());
    }

    @MessageMapping("/meetings/{id}/lock")
    void lock(@Header(ACCESS) Access access) {
        room.lock(access, true);
    }

    @MessageMapping("/meetings/{id}/unlock")
    void unlock(@Header(ACCESS) Access access) {
        room.lock(access, false);
    }

    @MessageMapping("/meetings/{id}/give-floor")
    void giveFloor(@Header(ACCESS) Access access, @Payload MemberCommand command) {
        if (command.memberId() == null) {
            throw RoomRefusal.invalid();
        }
        room.giveFloor(access, command.memberId());
    }

    @MessageMapping("/meetings/{id}/end-floor")
    void endFloor(@Header(ACCESS) Access access) {
        room.endFloor(access);
    }

    @MessageMapping("/meetings/{id}/remove")
    void remove(@Header(ACCESS) Access access, @Payload MemberCommand command) {
        if (command.memberId() == null) {
            throw RoomRefusal.invalid();
        }
        room.remove(access, command.memberId(), command.reason());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    Map<String, Object> refused(Throwable failure, Message<?> message) {
        return error(failure, SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
    }

    static Map<String, Object> error(Throwable failure, String destination) {
        var body = new LinkedHashMap<String, Object>();
        var refusal = domain(failure);
        if (refusal != null) {
            body.put("code", refusal.code());
            body.put("message", refusal.getMessage());
        }
        else if (invalid(failure)) {
            body.put("code", "invalid-request");
            body.put("message", RoomRefusal.invalid().getMessage());
        }
        else {
            log.error("Room command failed on {}", destination, failure);
            body.put("code", "internal-error");
            body.put("message", "Đã có lỗi, vui lòng thử lại.");
        }
        body.put("destination", destination);
        return body;
    }

    static DomainException domain(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static boolean invalid(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MessageConversionException || cause instanceof MethodArgumentNotValidException
                    || cause instanceof MethodArgumentTypeMismatchException || cause instanceof IllegalArgumentException
                    || cause instanceof tools.jackson.core.JacksonException) {
                return true;
            }
        }
        return false;
    }
}
