package vn.chibo.minutes;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingEvents.MeetingEnded;
import vn.chibo.meeting.MeetingEvents.MeetingStarted;
import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.Meetings;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.time.VietnamTime;

/**
 * R21: every held meeting gets its minutes, and minutes not signed and published within the configured days of the
 * meeting's end raise one warning, delivered by the meeting notices to the cell's officers and the upper committee.
 * (The publication itself happens with the second signature; the meeting module's notices tell the members.)
 */
@Component
class MinutesPublication {

    private final Meetings meetings;
    private final JdbcMinutes store;
    private final MinutesProperties properties;
    private final ApplicationEventPublisher events;
    private final Auditor auditor;
    private final Clock clock;

    MinutesPublication(Meetings meetings, JdbcMinutes store, MinutesProperties properties,
            ApplicationEventPublisher events, Auditor auditor, Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.auditor = auditor;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingStarted event) {
        var m = event.meeting();
        store.ensure(m.id().value(), m.unitId(), m.cellId(), clock.instant());
    }

    @ApplicationModuleListener
    void on(MeetingEnded event) {
        var m = event.meeting();
        store.ensure(m.id().value(), m.unitId(), m.cellId(), clock.instant());
    }

    @Scheduled(cron = "${chibo.minutes.late-check-cron:0 45 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        warnLate();
    }

    /** Raises the R21 warning for each meeting whose minutes are overdue; answers how many. */
    @Transactional
    int warnLate() {
        var now = clock.instant();
        var warned = 0;
        for (var row : store.unsignedNotWarned()) {
            var meeting = meetings.find(new MeetingId(row.meetingId())).orElse(null);
            if (meeting == null || meeting.endedAt() == null) {
                continue;
            }
            var due = meeting.endedAt().plus(Duration.ofDays(properties.publicationDays()));
            if (now.isBefore(due) || !store.markLateWarned(row.meetingId(), now)) {
                continue;
            }
            var message = "Biên bản cuộc họp \"" + meeting.title() + "\" chưa được thông qua, ký và công bố cho đảng viên "
                    + "trong " + properties.publicationDays() + " ngày sau cuộc họp (" + Rule.R21 + ").";
            events.publishEvent(new ScheduleWarningRaised(meeting.cellId(), Rule.R21, "minutes-late", message,
                    meeting.endedAt().atZone(VietnamTime.ZONE).toLocalDate(), meeting.id()));
            auditor.record(null, "system", "minutes.publication-late", "minutes", row.meetingId(), meeting.cellId(),
                    Map.of("rule", "R21", "dueBy", due.toString()));
            warned++;
        }
        return warned;
    }
}
