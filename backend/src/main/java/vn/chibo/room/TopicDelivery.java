package vn.chibo.room;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Hands a meeting's events to this node's broker, coalescing bursts (docs/realtime-protocol.md, section 3): the
 * first event after a quiet spell goes out at once, alone; events arriving within the next {@code window} go
 * out together at its end in one {@code events} message, unchanged and in seq order, and so on while the burst
 * lasts. A join storm of 2,000 members thus costs each subscriber about ten frames a second instead of two
 * hundred, and a single event is not delayed. Runs on the bus's single thread only (no locking; the order of
 * each meeting's events is the order Redis published them).
 */
final class TopicDelivery {

    private static final byte[] SEQ = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);

    private final ScheduledExecutorService busThread;
    private final long windowNanos;
    private final BiConsumer<String, byte[]> send;
    private final Map<String, List<byte[]>> open = new HashMap<>();

    TopicDelivery(ScheduledExecutorService busThread, long windowNanos, BiConsumer<String, byte[]> send) {
        this.busThread = busThread;
        this.windowNanos = windowNanos;
        this.send = send;
    }

    /** An event of the meeting, exactly as the Lua script published it. */
    void deliver(String meeting, byte[] event) {
        var pending = open.get(meeting);
        if (pending != null) {
            pending.add(event);
            return;
        }
        send.accept(meeting, event);
        if (windowNanos > 0) {
            open.put(meeting, new ArrayList<>());
            busThread.schedule(() -> close(meeting), windowNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void close(String meeting) {
        var pending = open.get(meeting);
        if (pending == null || pending.isEmpty()) {
            open.remove(meeting);
            return;
        }
        open.put(meeting, new ArrayList<>());
        busThread.schedule(() -> close(meeting), windowNanos, TimeUnit.NANOSECONDS);
        send.accept(meeting, pending.size() == 1 ? pending.get(0) : envelope(pending));
    }

    /** {@code {"type":"events","seq":<the last one's>,"events":[...]}}. */
    static byte[] envelope(List<byte[]> events) {
        var last = events.get(events.size() - 1);
        var head = "{\"type\":\"events\",\"seq\":" + seqOf(last) + ",\"events\":[";
        var size = head.length() + events.size() + 2;
        for (var e : events) {
            size += e.length;
        }
        var out = new byte[size];
        var at = copy(head.getBytes(StandardCharsets.US_ASCII), out, 0);
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            at = copy(events.get(i), out, at);
        }
        out[at++] = ']';
        out[at++] = '}';
        return at == out.length ? out : java.util.Arrays.copyOf(out, at);
    }

    /** Every event the scripts publish starts with {@code {"seq":<n>,}. */
    static long seqOf(byte[] event) {
        long seq = 0;
        for (int i = SEQ.length; i < event.length && event[i] >= '0' && event[i] <= '9'; i++) {
            seq = seq * 10 + (event[i] - '0');
        }
        return seq;
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }
}
