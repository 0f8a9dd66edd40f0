package vn.chibo.attendance;

import java.time.Duration;
import java.util.Map;

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
 * @param thresholds        R12 per province or unit: unit code → percent, e.g. {@code thresholds[TU-TANAN]=90};
 *                          a meeting takes the entry of its unit or nearest ancestor, else {@code thresholdPercent}
 */
@ConfigurationProperties("chibo.attendance")
record AttendanceProperties(@DefaultValue("60s") Duration ghostGrace, @DefaultValue("5m") Duration tolerance,
        @DefaultValue("85") int thresholdPercent, Map<String, Integer> thresholds) {

    AttendanceProperties {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        checkPercent("threshold-percent", thresholdPercent);
        thresholds.forEach((code, percent) -> checkPercent("thresholds[" + code + "]", percent));
    }

    private static void checkPercent(String name, Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("chibo.attendance." + name + " must be between 1 and 100");
        }
    }

    IntervalMerge.Settings mergeSettings() {
        return new IntervalMerge.Settings(ghostGrace, tolerance);
    }
}
