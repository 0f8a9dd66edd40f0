package vn.chibo.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests set and move: time-dependent rules (R1 validity, R19/R20 daily checks, R21 lead time, R24 year,
 * reminders) and the times attendance records read it. Unset, it follows the real time.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    /** Following the real time until set. */
    public MutableClock() {
    }

    public MutableClock(Instant now) {
        this.now.set(now);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves a set clock on; an unset one starts from the real time. */
    public void advance(Duration duration) {
        now.updateAndGet(fixed -> (fixed == null ? Instant.now() : fixed).plus(duration));
    }

    /** Back to the real time. */
    public void reset() {
        now.set(null);
    }

    @Override
    public Instant instant() {
        var fixed = now.get();
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
