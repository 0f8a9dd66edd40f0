package vn.chibo.room;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** What a connection is sent: in order, by the writer threads, and a client that stops reading is let go. */
class OutboundTest {

    /** Writer threads that run only when told to. */
    static final class Writers implements Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    final WebSocketSession connection = Mockito.mock(WebSocketSession.class);
    final Writers writers = new Writers();

    @Test
    void messagesReachTheConnectionInTheOrderTheyWereSentWithOneWriterAtATime() throws Exception {
        var outbound = new Outbound(connection, writers, 1_000, Duration.ofSeconds(10));
        var reply = new TextMessage("MESSAGE\n\n{\"type\":\"joined\"}\0");
        var event = new BinaryMessage("MESSAGE\n\n{\"seq\":1}\0".getBytes(StandardCharsets.UTF_8));
        var heartBeat = new TextMessage("\n");

        outbound.sendMessage(reply);
        outbound.sendMessage(event);
        outbound.sendMessage(heartBeat);

        assertThat(writers.tasks).hasSize(1);
        writers.runAll();
        var order = inOrder(connection);
        order.verify(connection).sendMessage(reply);
        order.verify(connection).sendMessage(event);
        order.verify(connection).sendMessage(heartBeat);
        assertThat(outbound.queuedBytes()).isZero();
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedOnceMoreThanTheBufferLimitWaitsForIt() throws Exception {
        var outbound = new Outbound(connection, writers, 10, Duration.ofSeconds(10));

        outbound.sendMessage(new TextMessage("123456"));
        verify(connection, never()).close(any());
        outbound.sendMessage(new TextMessage("789012"));
        outbound.sendMessage(new TextMessage("after"));
        writers.runAll();

        verify(connection).close(CloseStatus.SESSION_NOT_RELIABLE);
        verify(connection, never()).sendMessage(any());
    }

    @Test
    void aCloseAskedForWhileMessagesWaitHappensOnceTheyAreWrittenSoTheErrorFrameArrivesFirst() throws Exception {
        var outbound = new Outbound(connection, writers, 1_000, Duration.ofSeconds(10));
        var error = new TextMessage("ERROR\nmessage:not-a-member\n\n\0");

        outbound.sendMessage(error);
        outbound.close(CloseStatus.PROTOCOL_ERROR);
        outbound.sendMessage(new TextMessage("too late"));

        verify(connection, never()).close(any());
        writers.runAll();
        var order = inOrder(connection);
        order.verify(connection).sendMessage(error);
        order.verify(connection).close(CloseStatus.PROTOCOL_ERROR);
        verify(connection, Mockito.times(1)).sendMessage(any());
    }

    @Test
    void theContainersBuffersStayAsConfiguredWhatEverSizeTheStompLayerAsksFor() {
        var outbound = new Outbound(connection, writers, 1_000, Duration.ofSeconds(10));

        outbound.setTextMessageSizeLimit(16 * 1024 + 256);
        outbound.setBinaryMessageSizeLimit(16 * 1024 + 256);

        verify(connection, never()).setTextMessageSizeLimit(Mockito.anyInt());
        verify(connection, never()).setBinaryMessageSizeLimit(Mockito.anyInt());
    }
}
