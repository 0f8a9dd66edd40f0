package vn.chibo.room;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingId;

/**
 * When what the room remembers about a meeting (its summary, each connection's access decision) stops being
 * good: anything read before the meeting last changed state, was rescheduled or removed someone. A reader
 * takes a {@link #tick()} before asking the meeting module and keeps it with what it read; that is still good
 * while no invalidation of the meeting came after the tick — also one that arrived while it was reading.
 */
@Component
class RoomInvalidations {

    private static final int PRUNE_ABOVE = 10_000;

    private record Invalidated(long tick, long atNanos) {
    }

    private final AtomicLong ticks = new AtomicLong();
    private final ConcurrentHashMap<MeetingId, Invalidated> meetings = new ConcurrentHashMap<>();
    private final long longestKeptNanos;

    RoomInvalidations(RoomProperties properties) {
        this.longestKeptNanos = Math.max(properties.decisionTtl().toNanos(), properties.summaryTtl().toNanos());
    }

    long tick() {
        return ticks.get();
    }

    /** Everything read about the meeting until now is stale. */
    void meeting(MeetingId meeting) {
        var now = System.nanoTime();
        meetings.put(meeting, new Invalidated(ticks.incrementAndGet(), now));
        if (meetings.size() > PRUNE_ABOVE) {
            // what was read before these is older than any time-to-live, so stale anyway
            meetings.values().removeIf(i -> now - i.atNanos() > longestKeptNanos);
        }
    }

    boolean stillGood(MeetingId meeting, long readAtTick) {
        var invalidated = meetings.get(meeting);
        return invalidated == null || readAtTick >= invalidated.tick();
    }
}
