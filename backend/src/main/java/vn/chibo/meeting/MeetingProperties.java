package vn.chibo.meeting;

import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the meeting module (prefix {@code chibo.meeting}).
 *
 * @param restrictedOnlineTypes     R4: item types never decided in an online-only meeting (secret items and secret
 *                                  ballots are always restricted)
 * @param minimumMinutes            R19: planned duration of a regular or thematic meeting
 * @param minimumCombinedMinutes    R19: planned duration when regular and thematic are combined
 * @param defaultDayOfMonth         R20: the day of a cell's regular meeting until the cell sets its own
 * @param defaultTime               R20: its local time (Asia/Ho_Chi_Minh)
 * @param partyGroupMinimumCellSize R24: members a cell needs before its groups may meet in its place
 * @param partyGroupMeetingsPerYear R24: months per calendar year in which group meetings may replace the plenary
 * @param occurrencesCron           when the job creating the next regular meetings runs (local time)
 * @param warningsCron              when the daily R19/R20 check runs (local time)
 */
@ConfigurationProperties("chibo.meeting")
record MeetingProperties(
        @DefaultValue({ "PERSONNEL", "ELECTION", "DISCIPLINE", "ADMISSION", "OFFICIAL_RECOGNITION",
                "ANNUAL_CLASSIFICATION" }) Set<AgendaItemType> restrictedOnlineTypes,
        @DefaultValue("90") int minimumMinutes,
        @DefaultValue("120") int minimumCombinedMinutes,
        @DefaultValue("3") int defaultDayOfMonth,
        @DefaultValue("19:30") LocalTime defaultTime,
        @DefaultValue("50") int partyGroupMinimumCellSize,
        @DefaultValue("3") int partyGroupMeetingsPerYear,
        @DefaultValue("0 15 1 * * *") String occurrencesCron,
        @DefaultValue("0 30 6 * * *") String warningsCron) {
}
