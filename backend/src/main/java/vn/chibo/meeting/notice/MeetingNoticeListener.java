package vn.chibo.meeting.notice;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingEvents.MeetingCancelled;
import vn.chibo.meeting.MeetingEvents.MeetingPostponed;
import vn.chibo.meeting.MeetingEvents.MeetingRescheduled;
import vn.chibo.meeting.MeetingEvents.MeetingScheduled;
import vn.chibo.meeting.MeetingEvents.MinutesAdopted;
import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.alert.CellAlertRaised;

/**
 * Turns the meeting lifecycle into notices for everyone concerned (R21). Runs after the change committed,
 * from the event publication registry, so a notice is never lost nor sent for a change that rolled back.
 */
@Component
class MeetingNoticeListener {

    private final Notices notices;
    private final Recipients recipients;
    private final OrganisationDirectory directory;
    private final Clock clock;

    MeetingNoticeListener(Notices notices, Recipients recipients, OrganisationDirectory directory, Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingScheduled event) {
        var meeting = event.meeting();
        notices.notify(recipients.of(meeting), NoticeKind.INVITATION, meeting.id(), "Giấy mời: " + meeting.title(),
                NoticeTexts.invitation(meeting));
    }

    @ApplicationModuleListener
    void on(MeetingRescheduled event) {
        var meeting = event.meeting();
        notices.notify(recipients.of(meeting), NoticeKind.CHANGE, meeting.id(), "Thay đổi: " + meeting.title(),
                NoticeTexts.change(meeting, event.previousStartsAt()));
    }

    @ApplicationModuleListener
    void on(MeetingCancelled event) {
        var meeting = event.meeting();
        notices.notify(recipients.of(meeting), NoticeKind.CANCELLATION, meeting.id(), "Hủy cuộc họp: " + meeting.title(),
                NoticeTexts.cancellation(meeting, event.reason()));
    }

    @ApplicationModuleListener
    void on(MeetingPostponed event) {
        var meeting = event.meeting();
        notices.notify(recipients.of(meeting), NoticeKind.POSTPONEMENT, meeting.id(), "Hoãn cuộc họp: " + meeting.title(),
                NoticeTexts.postponement(meeting, event.reason()));
    }

    /** R21: the adopted, signed minutes are published; the meeting's members hear of it. */
    @ApplicationModuleListener
    void on(MinutesAdopted event) {
        var meeting = event.meeting();
        notices.notify(recipients.of(meeting), NoticeKind.MINUTES_PUBLISHED, meeting.id(),
                "Biên bản đã được thông qua: " + meeting.title(), NoticeTexts.minutesPublished(meeting));
    }

    /** R19/R20: the daily check found the cell behind its schedule; its secretary and the upper committee hear of it. */
    @ApplicationModuleListener
    void on(ScheduleWarningRaised event) {
        var cell = directory.unit(event.cellId()).map(UnitView::name).orElse("Chi bộ");
        notices.notify(recipients.cellOfficers(event.cellId(), event.meetingId(), clock.instant()),
                NoticeKind.SCHEDULE_WARNING, event.meetingId(), "Cảnh báo " + event.rule() + ": " + cell,
                event.message());
    }

    /** A warning another module raised for the cell (e.g. R11 absences): the same officers hear of it in the app. */
    @ApplicationModuleListener
    void on(CellAlertRaised alert) {
        notices.notify(recipients.cellOfficers(alert.cellId(), null, clock.instant()), NoticeKind.CELL_ALERT, null,
                alert.title(), alert.body());
    }
}
