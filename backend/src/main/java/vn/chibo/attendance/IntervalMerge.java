package vn.chibo.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The ledger's arithmetic (R10), pure: one member's facts from every source in one meeting → merged presence
 * intervals with first join, last leave, total seconds, late arrival and early departure.
 * <ul>
 * <li>Facts pair by (source, connection): a join with its leave. A leave without a join, or a leave at or before
 * its join, proves no presence and is dropped.</li>
 * <li>A join without a leave is open: closed at the meeting's actual end, or left open (counted to {@code now})
 * while the meeting runs.</li>
 * <li>Ghost tails: a connection closed by the system rather than by the member ({@link #GHOST_CAUSES}: presence
 * expired, room destroyed, meeting ended) is trimmed by the grace — the member was last proven there that long
 * before.</li>
 * <li>Leaves after the meeting's end count up to the end; overlapping and touching intervals (two devices, a room
 * connection and a Jitsi one, a rejoin) merge into one.</li>
 * <li>Total seconds are counted inside the meeting's actual window [startedAt, endedAt] once it started.</li>
 * <li>Late: the first join is after the actual start + tolerance. Early: the last leave is before the actual end −
 * tolerance (only once the meeting ended).</li>
 * </ul>
 */
final class IntervalMerge {

    /** Closures that are not the member leaving: the tail since the last proof of presence is trimmed. */
    static final Set<String> GHOST_CAUSES = Set.of("expired", "meeting-ended", "room-destroyed");

    record Window(Instant startedAt, Instant endedAt, Instant now) {
    }

    record Settings(Duration ghostGrace, Duration tolerance) {
    }

    record Interval(Instant from, Instant to) {

        long seconds() {
            return Duration.between(from, to).toSeconds();
        }
    }

    /**
     * @param intervals merged, in order; the last one's {@code to} is null while the member is still present
     * @param total     seconds present inside the meeting's actual window (or overall before it started)
     */
    record Result(List<Interval> intervals, Instant firstJoin, Instant lastLeave, long totalSeconds, boolean late,
            boolean leftEarly, boolean presentNow) {

        static final Result NONE = new Result(List.of(), null, null, 0, false, false, false);

        boolean wasPresent() {
            return !intervals.isEmpty();
        }
    }

    private IntervalMerge() {
    }

    static Result merge(Collection<PresenceFact> facts, Window window, Settings settings) {
        var pairs = new LinkedHashMap<String, Instant[]>();
        var causes = new LinkedHashMap<String, String>();
        for (var fact : facts) {
            var key = fact.source() + "\u0000" + fact.connection();
            var pair = pairs.computeIfAbsent(key, k -> new Instant[2]);
            if (fact.kind() == PresenceFact.Kind.JOIN) {
                if (pair[0] == null || fact.at().isBefore(pair[0])) {
                    pair[0] = fact.at();
                }
            } else if (pair[1] == null || fact.at().isAfter(pair[1])) {
                pair[1] = fact.at();
                causes.put(key, fact.cause());
            }
        }
        var end = window.endedAt();
        var raw = new ArrayList<Interval>();
        boolean open = false;
        for (var entry : pairs.entrySet()) {
            var from = entry.getValue()[0];
            var to = entry.getValue()[1];
            if (from == null) {
                continue; // a leave without its join proves nothing
            }
            if (end != null && !from.isBefore(end)) {
                continue; // joined after the meeting ended
            }
            if (to == null) {
                if (end == null) {
                    open = true;
                    raw.add(new Interval(from, null));
                    continue;
                }
                to = end;
            } else if (GHOST_CAUSES.contains(causes.get(entry.getKey()))) {
                to = to.minus(settings.ghostGrace());
            }
            if (end != null && to.isAfter(end)) {
                to = end;
            }
            if (to.isAfter(from)) {
                raw.add(new Interval(from, to));
            }
        }
        if (raw.isEmpty()) {
            return Result.NONE;
        }
        raw.sort(Comparator.comparing(Interval::from));
        var merged = new ArrayList<Interval>();
        var current = raw.get(0);
        for (var next : raw.subList(1, raw.size())) {
            if (current.to() == null) {
                break; // an open interval covers everything after it
            }
            if (!next.from().isAfter(current.to())) {
                current = new Interval(current.from(), next.to() == null || next.to().isAfter(current.to()) ? next.to()
                        : current.to());
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        var firstJoin = merged.get(0).from();
        var lastLeave = merged.get(merged.size() - 1).to();
        long total = 0;
        for (var interval : merged) {
            var from = window.startedAt() != null && interval.from().isBefore(window.startedAt()) ? window.startedAt()
                    : interval.from();
            var to = interval.to() == null ? window.now() : interval.to();
            if (to.isAfter(from)) {
                total += Duration.between(from, to).toSeconds();
            }
        }
        var late = window.startedAt() != null && firstJoin.isAfter(window.startedAt().plus(settings.tolerance()));
        var early = end != null && lastLeave != null && lastLeave.isBefore(end.minus(settings.tolerance()));
        return new Result(List.copyOf(merged), firstJoin, lastLeave, total, late, early, open && lastLeave == null);
    }
}
