package vn.chibo.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests set: the meeting's actual start and end, and the time of roll-call changes, read it. */
class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    void set(Instant instant) {
        now.set(instant);
    }

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
