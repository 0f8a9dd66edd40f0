package vn.chibo.room;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageHandlingRunnable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads handling inbound STOMP frames, heart-beats first. A command mostly waits on Redis; in a join storm
 * the commands queue, and a client's heart-beats queued behind them reached the broker after its read timeout
 * (three client intervals, 15 s), which ended the session of members who had done nothing wrong
 * (docs/benchmarks.md). Heart-beats now pass every waiting command; everything else keeps its arrival order.
 */
final class InboundExecutor extends ThreadPoolTaskExecutor {

    private final AtomicLong arrivals = new AtomicLong();

    InboundExecutor() {
        setThreadNamePrefix("clientInboundChannel-");
        setTaskDecorator(task -> new Ranked(task, heartBeat(task), arrivals.incrementAndGet()));
    }

    @Override
    protected BlockingQueue<Runnable> createQueue(int queueCapacity) {
        return new PriorityBlockingQueue<>();
    }

    private static boolean heartBeat(Runnable task) {
        return task instanceof MessageHandlingRunnable handling
                && SimpMessageHeaderAccessor.getMessageType(handling.getMessage().getHeaders()) == SimpMessageType.HEARTBEAT;
    }

    /** A task in the queue: heart-beats before the rest, then by arrival. */
    record Ranked(Runnable task, boolean heartBeat, long arrival) implements Runnable, Comparable<Ranked> {

        @Override
        public void run() {
            task.run();
        }

        @Override
        public int compareTo(Ranked other) {
            if (heartBeat != other.heartBeat) {
                return heartBeat ? -1 : 1;
            }
            return Long.compare(arrival, other.arrival);
        }
    }
}
