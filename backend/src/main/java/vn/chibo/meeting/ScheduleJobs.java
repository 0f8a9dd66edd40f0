package vn.chibo.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The two timed jobs of R20 (cron in {@link MeetingProperties}, local time); both are safe to run on every node. */
@Component
class ScheduleJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduleJobs.class);

    private final CellSchedules schedules;
    private final ScheduleChecks checks;

    ScheduleJobs(CellSchedules schedules, ScheduleChecks checks) {
        this.schedules = schedules;
        this.checks = checks;
    }

    @Scheduled(cron = "${chibo.meeting.occurrences-cron:0 15 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void createOccurrences() {
        var created = schedules.generateAll();
        if (created > 0) {
            log.info("Created {} regular meetings from the cells' monthly rules", created);
        }
    }

    @Scheduled(cron = "${chibo.meeting.warnings-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void dailyCheck() {
        var raised = checks.run();
        if (raised > 0) {
            log.info("Raised {} schedule warnings (R19, R20)", raised);
        }
    }
}
