package vn.chibo.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.chibo.attendance.IntervalMerge.Interval;
import vn.chibo.attendance.IntervalMerge.Settings;
import vn.chibo.attendance.IntervalMerge.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.attendance.PresenceFact.join;
import static vn.chibo.attendance.PresenceFact.leave;

/** The ledger's arithmetic on real-shaped sequences (room WebSocket + Jitsi, rejoins, ghosts, missing leaves). */
class IntervalMergeTest {

    /** The meeting started at 19:30:00 and ended at 21:30:00 (UTC in these tests; only differences matter). */
    static final Instant START = Instant.parse("2026-11-03T19:30:00Z");
    static final Instant END = Instant.parse("2026-11-03T21:30:00Z");
    static final Window ENDED = new Window(START, END, END.plusSeconds(3600));
    static final Settings SETTINGS = new Settings(Duration.ofSeconds(60), Duration.ofMinutes(5));

    static Instant at(String hhmmss) {
        return Instant.parse("2026-11-03T" + hhmmss + "Z");
    }

    @Test
    @DisplayName("R10 a room connection and a Jitsi interval that overlap count once")
    void r10_overlappingSourcesMergeIntoOneInterval() {
        var r = IntervalMerge.merge(List.of(join("room", "n1-1", at("19:25:00")), join("jitsi", "j1", at("19:26:00")),
                leave("room", "n1-1", at("20:40:00"), "left"), leave("jitsi", "j1", at("21:29:00"), "left")), ENDED,
                SETTINGS);
        assertThat(r.intervals()).containsExactly(new Interval(at("19:25:00"), at("21:29:00")));
        assertThat(r.firstJoin()).isEqualTo(at("19:25:00"));
        assertThat(r.lastLeave()).isEqualTo(at("21:29:00"));
        // counted inside the actual window only: 19:30 → 21:29
        assertThat(r.totalSeconds()).isEqualTo(119 * 60);
        assertThat(r.late()).isFalse();
        assertThat(r.leftEarly()).isFalse();
    }

    @Test
    @DisplayName("R10 a rejoin after a gap keeps both intervals and counts only the time present")
    void r10_rejoinKeepsTheGap() {
        var r = IntervalMerge.merge(List.of(join("room", "n1-1", at("19:31:00")),
                leave("room", "n1-1", at("20:00:00"), "disconnected"), join("room", "n1-2", at("20:10:00")),
                leave("room", "n1-2", at("21:30:00"), "left")), ENDED, SETTINGS);
        assertThat(r.intervals()).containsExactly(new Interval(at("19:31:00"), at("20:00:00")),
                new Interval(at("20:10:00"), at("21:30:00")));
        assertThat(r.totalSeconds()).isEqualTo((29 + 80) * 60);
    }

    @Test
    @DisplayName("R10 touching intervals (reconnect at the same second) merge")
    void r10_touchingIntervalsMerge() {
        var r = IntervalMerge.merge(List.of(join("room", "a", at("19:30:00")), leave("room", "a", at("20:00:00"), "left"),
                join("room", "b", at("20:00:00")), leave("room", "b", at("21:30:00"), "left")), ENDED, SETTINGS);
        assertThat(r.intervals()).containsExactly(new Interval(at("19:30:00"), at("21:30:00")));
    }

    @Test
    @DisplayName("R10 a leave before its join, or without a join, proves no presence")
    void r10_leaveBeforeJoinedIsDropped() {
        var r = IntervalMerge.merge(List.of(leave("room", "a", at("19:40:00"), "left"), join("room", "a", at("19:45:00")),
                leave("jitsi", "lost-join", at("20:00:00"), "left")), ENDED, SETTINGS);
        assertThat(r.wasPresent()).isFalse();
        assertThat(r.totalSeconds()).isZero();
    }

    @Test
    @DisplayName("R10 a connection still open when the meeting ended is closed at the end")
    void r10_openAtTheEndIsClosedAtTheEnd() {
        var r = IntervalMerge.merge(List.of(join("jitsi", "j1", at("19:50:00"))), ENDED, SETTINGS);
        assertThat(r.intervals()).containsExactly(new Interval(at("19:50:00"), END));
        assertThat(r.late()).isTrue();
        assertThat(r.leftEarly()).isFalse();
        assertThat(r.presentNow()).isFalse();
    }

    @Test
    @DisplayName("R10 while the meeting runs an open connection counts up to now and shows present")
    void r10_openWhileRunning() {
        var running = new Window(START, null, at("20:00:00"));
        var r = IntervalMerge.merge(List.of(join("room", "a", at("19:29:00")), join("room", "b", at("19:45:00")),
                leave("room", "b", at("19:50:00"), "left")), running, SETTINGS);
        assertThat(r.intervals()).containsExactly(new Interval(at("19:29:00"), null));
        assertThat(r.presentNow()).isTrue();
        assertThat(r.lastLeave()).isNull();
        assertThat(r.totalSeconds()).isEqualTo(30 * 60);
    }

    @Test
    @DisplayName("R10 ghost tails (presence expired, room destroyed, meeting ended) are trimmed by the grace")
    void r10_ghostTailsAreTrimmed() {
        var expired = IntervalMerge.merge(List.of(join("room", "a", at("19:30:00")),
                leave("room", "a", at("20:31:00"), "expired")), ENDED, SETTINGS);
        assertThat(expired.lastLeave()).isEqualTo(at("20:30:00"));
        assertThat(expired.leftEarly()).isTrue();
        var destroyed = IntervalMerge.merge(List.of(join("jitsi", "j", at("19:30:00")),
                leave("jitsi", "j", at("21:35:00"), "room-destroyed")), ENDED, SETTINGS);
        assertThat(destroyed.lastLeave()).isEqualTo(END); // 21:34 after the grace, then capped at the end
        var explicit = IntervalMerge.merge(List.of(join("room", "a", at("19:30:00")),
                leave("room", "a", at("20:31:00"), "left")), ENDED, SETTINGS);
        assertThat(explicit.lastLeave()).isEqualTo(at("20:31:00"));
        var ghostOnly = IntervalMerge.merge(List.of(join("room", "a", at("19:30:00")),
                leave("room", "a", at("19:30:40"), "expired")), ENDED, SETTINGS);
        assertThat(ghostOnly.wasPresent()).isFalse();
    }

    @Test
    @DisplayName("R10 late and early are judged against the actual start and end with the tolerance, at the boundary")
    void r10_lateAndEarlyAtTheTolerance() {
        var onTheEdge = IntervalMerge.merge(List.of(join("room", "a", at("19:35:00")),
                leave("room", "a", at("21:25:00"), "left")), ENDED, SETTINGS);
        assertThat(onTheEdge.late()).isFalse();
        assertThat(onTheEdge.leftEarly()).isFalse();
        var past = IntervalMerge.merge(List.of(join("room", "a", at("19:35:01")),
                leave("room", "a", at("21:24:59"), "left")), ENDED, SETTINGS);
        assertThat(past.late()).isTrue();
        assertThat(past.leftEarly()).isTrue();
    }

    @Test
    @DisplayName("R10 a join after the meeting ended does not count; a leave after the end counts up to the end")
    void r10_afterTheEnd() {
        var r = IntervalMerge.merge(List.of(join("room", "a", at("21:00:00")), leave("room", "a", at("22:00:00"), "left"),
                join("room", "b", at("21:31:00"))), ENDED, SETTINGS);
        assertThat(r.intervals()).containsExactly(new Interval(at("21:00:00"), END));
        assertThat(r.totalSeconds()).isEqualTo(30 * 60);
    }
}
