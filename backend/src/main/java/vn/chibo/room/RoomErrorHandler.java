package vn.chibo.room;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The STOMP ERROR frame for a refused CONNECT or SUBSCRIBE and for a malformed frame: the code in the
 * {@code message} header, the code, message and destination as JSON in the body. The connection closes after it.
 */
class RoomErrorHandler extends StompSubProtocolErrorHandler {

    private final JsonMapper json;

    RoomErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable failure) {
        String destination = null;
        String receipt = null;
        if (clientMessage != null) {
            var client = StompHeaderAccessor.wrap(clientMessage);
            destination = client.getDestination();
            receipt = client.getReceipt();
        }
        var body = RoomController.error(RoomController.domain(failure) == null ? invalid(failure) : failure, destination);
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage((String) body.get("code"));
        error.setContentType(MimeTypeUtils.APPLICATION_JSON);
        if (receipt != null) {
            error.setReceiptId(receipt);
        }
        error.setLeaveMutable(true);
        return MessageBuilder.createMessage(json.writeValueAsBytes(body), error.getMessageHeaders());
    }

    /** Anything that failed before reaching the room (a frame that is not STOMP, too large…) is a bad request. */
    private static Throwable invalid(Throwable failure) {
        return RoomRefusal.invalid();
    }
}
