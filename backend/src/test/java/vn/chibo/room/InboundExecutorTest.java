package vn.chibo.room;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHandlingRunnable;

import static org.assertj.core.api.Assertions.assertThat;

/** In a queue of commands waiting for a thread, members' heart-beats go first, so no one is timed out. */
class InboundExecutorTest {

    record Frame(Message<?> message, List<String> handled, String name) implements MessageHandlingRunnable {
        @Override
        public Message<?> getMessage() {
            return message;
        }

        @Override
        public MessageHandler getMessageHandler() {
            return m -> { };
        }

        @Override
        public void run() {
            handled.add(name);
        }
    }

    static Message<byte[]> of(SimpMessageType type) {
        var headers = SimpMessageHeaderAccessor.create(type);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    @Test
    void heartBeatsPassTheCommandsWaitingForAThreadAndEverythingElseKeepsItsArrivalOrder() throws Exception {
        var executor = new InboundExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.initialize();
        try {
            var handled = new CopyOnWriteArrayList<String>();
            var busy = new CountDownLatch(1);
            var started = new CountDownLatch(1);
            executor.execute(() -> {
                started.countDown();
                try {
                    busy.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            started.await(10, TimeUnit.SECONDS);

            executor.execute(new Frame(of(SimpMessageType.MESSAGE), handled, "join A"));
            executor.execute(new Frame(of(SimpMessageType.HEARTBEAT), handled, "heart-beat B"));
            executor.execute(new Frame(of(SimpMessageType.SUBSCRIBE), handled, "subscribe C"));
            executor.execute(new Frame(of(SimpMessageType.MESSAGE), handled, "join D"));
            executor.execute(new Frame(of(SimpMessageType.HEARTBEAT), handled, "heart-beat E"));
            busy.countDown();

            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (handled.size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(handled).containsExactly("heart-beat B", "heart-beat E", "join A", "subscribe C", "join D");
        }
        finally {
            executor.shutdown();
        }
    }
}
