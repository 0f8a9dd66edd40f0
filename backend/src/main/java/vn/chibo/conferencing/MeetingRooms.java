package vn.chibo.conferencing;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingEvents;
import vn.chibo.meeting.MeetingSummary;

/**
 * Follows the meeting lifecycle: a meeting with video gets its room registered when scheduled (so webhooks
 * find it even before the first token), is live while open or in progress, and when it ends every Jitsi
 * interval still open is closed at the meeting's end (Prosody may never send the `left`s, e.g. after a restart).
 */
@Component
class MeetingRooms {

    private final VideoRooms rooms;
    private final JdbcVideoRooms registry;
    private final JdbcJitsiIntervals intervals;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MeetingRooms(VideoRooms rooms, JdbcVideoRooms registry, JdbcJitsiIntervals intervals,
            ApplicationEventPublisher publisher, Clock clock) {
        this.rooms = rooms;
        this.registry = registry;
        this.intervals = intervals;
        this.publisher = publisher;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingScheduled event) {
        register(event.meeting(), false);
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingRescheduled event) {
        register(event.meeting(), false);
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingOpened event) {
        register(event.meeting(), true);
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingStarted event) {
        register(event.meeting(), true);
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingCancelled event) {
        registry.setLive(event.meeting().id(), false);
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingEnded event) {
        ended(event.meeting());
    }

    /** Closes the meeting's open intervals at its end; also used by the reconciliation when it finds one ended. */
    @Transactional
    void ended(MeetingSummary meeting) {
        registry.setLive(meeting.id(), false);
        var at = meeting.endedAt() == null ? clock.instant() : meeting.endedAt();
        var key = "meeting-ended|" + meeting.id();
        intervals.closeMeeting(meeting.id(), at).forEach(interval -> publisher.publishEvent(interval.changed(key)));
    }

    private void register(MeetingSummary meeting, boolean live) {
        if (meeting.mode().usesVideo()) {
            registry.register(rooms.roomOf(meeting), meeting.id(), live, clock.instant());
        }
    }
}
