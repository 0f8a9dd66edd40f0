package vn.chibo.minutes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the minutes module (prefix {@code chibo.minutes}).
 *
 * @param publicationDays R21: adopted minutes reach the members within this many days of the meeting's end
 * @param autosave        how often the editor saves while the minute-taker types: the most a crash can lose
 * @param lateCheckCron   the daily check for minutes not yet published in time (local time)
 */
@ConfigurationProperties("chibo.minutes")
record MinutesProperties(@DefaultValue("2") int publicationDays, @DefaultValue("3s") Duration autosave,
        @DefaultValue("0 45 6 * * *") String lateCheckCron) {
}
