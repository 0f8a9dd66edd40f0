package vn.chibo.reporting;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.attendance.AttendanceRecords;
import vn.chibo.attendance.RollChanged;
import vn.chibo.meeting.MeetingEvents.MeetingCancelled;
import vn.chibo.meeting.MeetingEvents.MeetingEnded;
import vn.chibo.meeting.MeetingEvents.MinutesAdopted;
import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.meeting.Meetings;

/** Keeps the reporting tables current from the meeting and attendance modules' events (idempotently). */
@Component
class ReportingListener {

    private final ReportingProjection projection;
    private final Meetings meetings;
    private final AttendanceRecords attendance;

    ReportingListener(ReportingProjection projection, Meetings meetings, AttendanceRecords attendance) {
        this.projection = projection;
        this.meetings = meetings;
        this.attendance = attendance;
    }

    @ApplicationModuleListener
    void on(MeetingEnded event) {
        projection.held(event.meeting(), attendance.rollOf(event.meeting().id()));
    }

    /** The roll was confirmed or corrected: the meeting's lines, its cell-month and the members' months again. */
    @ApplicationModuleListener
    void on(RollChanged event) {
        meetings.find(event.meetingId()).ifPresent(meeting -> projection.held(meeting, attendance.rollOf(meeting.id())));
    }

    @ApplicationModuleListener
    void on(MeetingCancelled event) {
        projection.cancelled(event.meeting());
    }

    @ApplicationModuleListener
    void on(MinutesAdopted event) {
        projection.minutesAdopted(event.meeting(), projection.now());
    }

    @ApplicationModuleListener
    void on(ScheduleWarningRaised event) {
        projection.warning(event);
    }
}
