package vn.chibo.meeting;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.chibo.shared.time.VietnamTime;

/**
 * The two timed jobs of R20 (cron in {@link MeetingProperties}, local time). Both are safe to run on every node
 * (the unique indexes make them idempotent); each cell is handled in a transaction of its own, so one cell's
 * failure does not hold up the others.
 */
@Component
class ScheduleJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduleJobs.class);

    private final JdbcCellSchedules stored;
    private final CellSchedules schedules;
    private final ScheduleChecks checks;
    private final Clock clock;

    ScheduleJobs(JdbcCellSchedules stored, CellSchedules schedules, ScheduleChecks checks, Clock clock) {
        this.stored = stored;
        this.schedules = schedules;
        this.checks = checks;
        this.clock = clock;
    }

    @Scheduled(cron = "${chibo.meeting.occurrences-cron:0 15 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void createOccurrences() {
        var created = 0;
        for (var schedule : stored.active()) {
            try {
                created += schedules.generate(schedule);
            }
            catch (RuntimeException e) {
                log.warn("Could not create the regular meetings of cell {}: {}", schedule.cellId(), e.getMessage());
            }
        }
        if (created > 0) {
            log.info("Created {} regular meetings from the cells' monthly rules", created);
        }
    }

    @Scheduled(cron = "${chibo.meeting.warnings-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void dailyCheck() {
        var today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
        var raised = 0;
        for (var schedule : stored.active()) {
            try {
                raised += checks.check(schedule, today);
            }
            catch (RuntimeException e) {
                log.warn("Could not check the schedule of cell {}: {}", schedule.cellId(), e.getMessage());
            }
        }
        if (raised > 0) {
            log.info("Raised {} schedule warnings (R19, R20)", raised);
        }
    }
}
