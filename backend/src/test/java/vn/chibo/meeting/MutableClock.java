package vn.chibo.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests set: time-dependent rules (R1 validity, R19/R20 daily check, R24 year) read it. */
class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    void set(Instant instant) {
        now.set(instant);
    }

    /** Back to the real time. */
    void reset() {
        now.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        var fixed = now.get();
        return fixed == null ? Instant.now() : fixed;
    }
}
