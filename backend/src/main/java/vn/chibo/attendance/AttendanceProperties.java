package vn.chibo.attendance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the attendance module (prefix {@code chibo.attendance}).
 *
 * @param ghostGrace        a connection closed by the system (presence expired, room destroyed, meeting ended) is
 *                          trimmed by this much: the member was last proven present that long before
 * @param tolerance         late arrival = first join after the actual start + this; early departure = last leave
 *                          before the actual end − this
 * @param thresholdPercent  R12: the attendance rate a meeting is reported against (some provinces use 90)
 */
@ConfigurationProperties("chibo.attendance")
record AttendanceProperties(@DefaultValue("60s") Duration ghostGrace, @DefaultValue("5m") Duration tolerance,
        @DefaultValue("85") int thresholdPercent) {

    IntervalMerge.Settings mergeSettings() {
        return new IntervalMerge.Settings(ghostGrace, tolerance);
    }
}
