package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.UUID;

import vn.chibo.shared.time.VietnamTime;

/** A cell's monthly rule (R20): the regular meeting on a day of the month at a local time. */
record CellSchedule(UUID cellId, int dayOfMonth, LocalTime localTime, int plannedMinutes, MeetingMode mode, String place,
        int documentLeadDays, int monthsAhead, boolean active, LocalDate activeFrom, Long version) {

    ZonedDateTime occurrence(YearMonth month) {
        return month.atDay(dayOfMonth).atTime(localTime).atZone(VietnamTime.ZONE);
    }
}
