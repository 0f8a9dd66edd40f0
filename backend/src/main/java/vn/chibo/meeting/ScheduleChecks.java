package vn.chibo.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.shared.Rule;
import vn.chibo.shared.time.VietnamTime;

/**
 * The daily check (R19, R20): for every cell with an active rule, a closed month without a held regular meeting
 * (of the cell, or of its groups in its place, R24), a closed quarter without a held thematic meeting, and held
 * meetings shorter than 90/120 minutes. Each warning is stored once (cell, code, subject) and published as
 * {@link ScheduleWarningRaised} only when new, so the notices reach the cell and its upper committee once.
 */
@Service
@Transactional
class ScheduleChecks {

    private final JdbcCellSchedules schedules;
    private final JdbcMeetings meetings;
    private final MeetingRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleChecks(JdbcCellSchedules schedules, JdbcMeetings meetings, MeetingRules rules,
            ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.meetings = meetings;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Runs the check as of today (Vietnam); answers how many new warnings it raised. */
    int run() {
        var today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
        return schedules.active().stream().mapToInt(s -> check(s, today)).sum();
    }

    int check(CellSchedule schedule, LocalDate today) {
        var raised = 0;
        var cell = schedule.cellId();
        var lastMonth = YearMonth.from(today).minusMonths(1);
        if (!lastMonth.isBefore(YearMonth.from(schedule.activeFrom()))) {
            var held = held(cell, lastMonth.atDay(1), lastMonth.plusMonths(1).atDay(1));
            if (held.stream().noneMatch(m -> m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.REGULAR_AND_THEMATIC)) {
                raised += raise(cell, Rule.R20, "regular-meeting-missed", lastMonth.toString(), lastMonth.atDay(1), null,
                        "Tháng " + lastMonth.getMonthValue() + "/" + lastMonth.getYear()
                                + " chi bộ không sinh hoạt thường kỳ.");
            }
        }
        var quarterStart = today.withDayOfMonth(1).withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).minusMonths(3);
        if (!quarterStart.isBefore(schedule.activeFrom().withDayOfMonth(1))) {
            var held = held(cell, quarterStart, quarterStart.plusMonths(3));
            if (held.stream().noneMatch(m -> m.kind() == MeetingKind.THEMATIC || m.kind() == MeetingKind.REGULAR_AND_THEMATIC)) {
                var quarter = quarterStart.get(IsoFields.QUARTER_OF_YEAR);
                raised += raise(cell, Rule.R20, "thematic-meeting-missed", quarterStart.getYear() + "-Q" + quarter,
                        quarterStart, null, "Quý " + quarter + "/" + quarterStart.getYear()
                                + " chi bộ không sinh hoạt chuyên đề.");
            }
        }
        for (var m : held(cell, today.minusDays(62), today.plusDays(1))) {
            if (!MeetingRules.durationRuleApplies(m.kind()) || m.startedAt() == null || m.endedAt() == null) {
                continue;
            }
            var minutes = java.time.Duration.between(m.startedAt(), m.endedAt()).toMinutes();
            var minimum = rules.minimumMinutes(m.kind());
            if (minutes < minimum) {
                raised += raise(cell, Rule.R19, "held-meeting-short", m.id().toString(), m.date(), m.meetingId(),
                        "Cuộc họp \"" + m.title() + "\" chỉ kéo dài " + minutes + " phút, ít hơn " + minimum + " phút.");
            }
        }
        return raised;
    }

    private List<Meeting> held(java.util.UUID cell, LocalDate from, LocalDate to) {
        return meetings.ofCell(cell, from.atStartOfDay(VietnamTime.ZONE).toInstant(),
                to.atStartOfDay(VietnamTime.ZONE).toInstant()).stream().filter(m -> MeetingTransition.held(m.state())).toList();
    }

    private int raise(java.util.UUID cell, Rule rule, String code, String subject, LocalDate period, MeetingId meeting,
            String message) {
        var stored = schedules.raise(new JdbcCellSchedules.StoredWarning(cell, code, subject, rule.name(), message, period,
                meeting == null ? null : meeting.value(), clock.instant()));
        if (stored) {
            events.publishEvent(new ScheduleWarningRaised(cell, rule, code, message, period, meeting));
        }
        return stored ? 1 : 0;
    }
}
