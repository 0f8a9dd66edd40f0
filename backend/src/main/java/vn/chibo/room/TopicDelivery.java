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
 * Hands a meeting's events to this node's subscribers, coalescing bursts (docs/realtime-protocol.md, section 3):
 * the first event after a quiet spell goes out at once, alone; events arriving within the next {@code window}
 * go out together at its end in one {@code events} message, unchanged and in seq order, and so on while the
 * burst lasts, each window twice as long as the one before, up to four times {@code window}. A join storm of
 * 2,000 members thus costs each subscriber a few frames a second instead of two hundred, and a single event is
 * not delayed. Runs on the bus's single thread only (no locking; the order of each meeting's events is the
 * order Redis published them).
 */
final class TopicDelivery {

    private static final byte[] SEQ = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);

    private final ScheduledExecutorService busThread;
    private final long windowNanos;
    private final BiConsumer<String, byte[]> send;
    private final Map<String, Burst> open = new HashMap<>();

    /** The events waiting for the end of the meeting's current window, and that window's length. */
    private static final class Burst {
        List<byte[]> events = new ArrayList<>();
        long windowNanos;

        Burst(long windowNanos) {
            this.windowNanos = windowNanos;
        }
    }

    TopicDelivery(ScheduledExecutorService busThread, long windowNanos, BiConsumer<String, byte[]> send) {
        this.busThread = busThread;
        this.windowNanos = windowNanos;
        this.send = send;
    }

    /** An event of the meeting, exactly as the Lua script published it. */
    void deliver(String meeting, byte[] event) {
        var burst = open.get(meeting);
        if (burst != null) {
            burst.events.add(event);
            return;
        }
        send.accept(meeting, event);
        if (windowNanos > 0) {
            open.put(meeting, new Burst(windowNanos));
            busThread.schedule(() -> close(meeting), windowNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void close(String meeting) {
        var burst = open.get(meeting);
        if (burst == null || burst.events.isEmpty()) {
            open.remove(meeting);
            return;
        }
        var events = burst.events;
        burst.events = new ArrayList<>(events.size());
        burst.windowNanos = Math.min(burst.windowNanos * 2, windowNanos * 4);
        busThread.schedule(() -> close(meeting), burst.windowNanos, TimeUnit.NANOSECONDS);
        send.accept(meeting, events.size() == 1 ? events.get(0) : envelope(meeting, events));
    }

    /**
     * {@code {"type":"events","seq":<the last one's>,"meetingId":"<m>","events":[...]}}: the events as published,
     * less their {@code "meetingId":"<m>",}, which the message carries once (a fifth of a presence event).
     */
    static byte[] envelope(String meeting, List<byte[]> events) {
        var last = events.get(events.size() - 1);
        var head = ("{\"type\":\"events\",\"seq\":" + seqOf(last) + ",\"meetingId\":\"" + meeting + "\",\"events\":[")
                .getBytes(StandardCharsets.UTF_8);
        var field = ("\"meetingId\":\"" + meeting + "\",").getBytes(StandardCharsets.UTF_8);
        var size = head.length + events.size() + 2;
        for (var e : events) {
            size += e.length;
        }
        var out = new byte[size];
        var at = copy(head, out, 0);
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            var event = events.get(i);
            var skip = fieldAt(event, field);
            if (skip < 0) {
                at = copy(event, out, at);
            }
            else {
                System.arraycopy(event, 0, out, at, skip);
                at += skip;
                var rest = event.length - skip - field.length;
                System.arraycopy(event, skip + field.length, out, at, rest);
                at += rest;
            }
        }
        out[at++] = ']';
        out[at++] = '}';
        return at == out.length ? out : java.util.Arrays.copyOf(out, at);
    }

    /** Where {@code field} starts in {@code event}: right after {@code {"seq":<n>,}, as the scripts write it. */
    private static int fieldAt(byte[] event, byte[] field) {
        var at = SEQ.length;
        while (at < event.length && event[at] >= '0' && event[at] <= '9') {
            at++;
        }
        if (at >= event.length || event[at] != ',' || event.length - at - 1 < field.length) {
            return -1;
        }
        return java.util.Arrays.equals(event, at + 1, at + 1 + field.length, field, 0, field.length) ? at + 1 : -1;
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
