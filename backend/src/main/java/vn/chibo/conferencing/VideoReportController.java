package vn.chibo.conferencing;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.Meetings;
import vn.chibo.shared.security.CurrentActor;

/**
 * For whoever runs the meeting: the call's connections as Jitsi reported them, what the webhooks could not
 * place (anomalies), and where Jitsi's live count disagreed with ours (discrepancies).
 */
@RestController
class VideoReportController {

    record VideoReport(List<JdbcJitsiIntervals.Interval> intervals, List<JdbcJitsiEvents.Anomaly> anomalies,
            List<JdbcDiscrepancies.Discrepancy> discrepancies) {
    }

    private final Meetings meetings;
    private final CurrentActor currentActor;
    private final JdbcJitsiIntervals intervals;
    private final JdbcJitsiEvents events;
    private final JdbcDiscrepancies discrepancies;

    VideoReportController(Meetings meetings, CurrentActor currentActor, JdbcJitsiIntervals intervals,
            JdbcJitsiEvents events, JdbcDiscrepancies discrepancies) {
        this.meetings = meetings;
        this.currentActor = currentActor;
        this.intervals = intervals;
        this.events = events;
        this.discrepancies = discrepancies;
    }

    @GetMapping("/api/meetings/{id}/video-report")
    VideoReport report(@PathVariable UUID id) {
        var actor = currentActor.require();
        var meeting = new MeetingId(id);
        if (meetings.find(meeting).isEmpty()) {
            throw VideoRefusals.meetingNotFound();
        }
        if (!meetings.mayManage(actor, meeting)) {
            throw new VideoRefusals.NotAllowedToReview();
        }
        return new VideoReport(intervals.ofMeeting(meeting), events.anomaliesOf(meeting), discrepancies.ofMeeting(meeting));
    }
}
