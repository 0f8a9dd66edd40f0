package vn.chibo.room;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Everything one connection is sent, in order: messages queue here and one of the node's few writer threads
 * writes them, all that are queued at once, then moves on to another connection. Spring's STOMP layer (replies,
 * errors, heart-beats) and the room's broadcasts ({@link TopicFrames}) both send through it, so a broadcast to
 * 2,000 connections is 2,000 enqueues and the writers work through them in parallel. (The container's
 * asynchronous send was tried first: it hands every completed write to Tomcat's request threads, and in a join
 * storm those hand-overs, tens of thousands a second, left no thread to read the members' frames;
 * docs/benchmarks.md.)
 *
 * <p>A client that stops reading is disconnected with 4500 ("session not reliable"; it reconnects and resumes,
 * docs/realtime-protocol.md section 7): when more than {@code bufferLimit} bytes wait for it, or when one write
 * stays blocked for {@code timeLimit}. A close asked for while messages wait (an {@code ERROR} frame, then the
 * close) happens once they are written.
 *
 * <p>Spring's STOMP handler raises every connection's text message size to 16 KiB; that request is ignored
 * here: the container's per-connection buffers stay at {@code chibo.room.message-size-limit}, which is also the
 * largest frame the STOMP decoder accepts.
 */
final class Outbound extends WebSocketSessionDecorator {

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);
    /** Tomcat's per-session setting for how long a blocking write may wait for the socket (ms). */
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    /** A writer hands the connection back after this many messages, so that one busy connection cannot hold it. */
    private static final int TURN = 64;

    private final Executor writers;
    private final int bufferLimit;
    private final ArrayDeque<WebSocketMessage<?>> queue = new ArrayDeque<>();
    /** All guarded by {@link #queue}. */
    private long queuedBytes;
    private boolean writing;
    private boolean ended;
    private CloseStatus closeWhenWritten;

    Outbound(WebSocketSession session, Executor writers, int bufferLimit, Duration timeLimit) {
        super(session);
        if (session instanceof NativeWebSocketSession nativeSession) {
            var container = nativeSession.getNativeSession(jakarta.websocket.Session.class);
            if (container != null) {
                container.getUserProperties().put(BLOCKING_SEND_TIMEOUT, timeLimit.toMillis());
            }
        }
        this.writers = writers;
        this.bufferLimit = bufferLimit;
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) {
        boolean start = false;
        boolean overflow = false;
        synchronized (queue) {
            if (ended || closeWhenWritten != null) {
                return; // closing: nothing more is sent (as Spring's own decorator does)
            }
            queue.add(message);
            queuedBytes += message.getPayloadLength();
            if (queuedBytes > bufferLimit) {
                overflow = true;
                end();
            }
            else if (!writing) {
                writing = true;
                start = true;
            }
        }
        if (overflow) {
            log.debug("Closing connection {}: more than {} bytes wait for it", getId(), bufferLimit);
            // on a writer thread: the sender may be the bus thread of every meeting, and a close runs the leave script
            try {
                writers.execute(() -> closeNow(CloseStatus.SESSION_NOT_RELIABLE));
            }
            catch (RejectedExecutionException e) {
                closeNow(CloseStatus.SESSION_NOT_RELIABLE);
            }
        }
        else if (start) {
            hand();
        }
    }

    /** How many bytes wait to be written. */
    long queuedBytes() {
        synchronized (queue) {
            return queuedBytes;
        }
    }

    @Override
    public void close() throws IOException {
        close(CloseStatus.NORMAL);
    }

    @Override
    public void close(CloseStatus status) throws IOException {
        synchronized (queue) {
            if (ended || closeWhenWritten != null) {
                return;
            }
            if (writing) {
                closeWhenWritten = status;
                return;
            }
            ended = true;
        }
        getDelegate().close(status);
    }

    /** The container's own buffers stay as configured (see the class comment). */
    @Override
    public void setTextMessageSizeLimit(int messageSizeLimit) {
    }

    @Override
    public void setBinaryMessageSizeLimit(int messageSizeLimit) {
    }

    private void hand() {
        try {
            writers.execute(this::write);
        }
        catch (RejectedExecutionException e) {
            // the node is stopping
            synchronized (queue) {
                end();
            }
        }
    }

    /** On a writer thread: the queued messages, in order, then the connection goes back. */
    private void write() {
        for (int i = 0; i < TURN; i++) {
            WebSocketMessage<?> next;
            CloseStatus close = null;
            synchronized (queue) {
                if (ended) {
                    writing = false;
                    return;
                }
                next = queue.poll();
                if (next != null) {
                    queuedBytes -= next.getPayloadLength();
                }
                else {
                    writing = false;
                    if (closeWhenWritten != null) {
                        close = closeWhenWritten;
                        ended = true;
                    }
                }
            }
            if (next == null) {
                if (close != null) {
                    closeNow(close);
                }
                return;
            }
            try {
                getDelegate().sendMessage(next);
            }
            catch (IOException | RuntimeException e) {
                failed(e);
                return;
            }
        }
        hand();
    }

    private void failed(Throwable error) {
        synchronized (queue) {
            writing = false;
            if (ended) {
                return;
            }
            end();
        }
        log.debug("Closing connection {}: a write failed ({})", getId(), String.valueOf(error));
        closeNow(CloseStatus.SESSION_NOT_RELIABLE);
    }

    /** Under the lock: nothing more is written. */
    private void end() {
        ended = true;
        queue.clear();
        queuedBytes = 0;
    }

    private void closeNow(CloseStatus status) {
        try {
            getDelegate().close(status);
        }
        catch (IOException | RuntimeException e) {
            // already closed
        }
    }

    /** A view of {@code frame} with a position of its own, so that one encoded frame can go to many connections. */
    static BinaryMessage shared(ByteBuffer frame) {
        return new BinaryMessage(frame.duplicate());
    }
}
