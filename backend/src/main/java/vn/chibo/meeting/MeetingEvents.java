package vn.chibo.meeting;

import java.time.Instant;

/** What the meeting module tells the others; every event carries the meeting as it is after the change. */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    public record MeetingScheduled(MeetingSummary meeting) {
    }

    /** Time, place, mode, chair or agenda changed for a scheduled meeting. */
    public record MeetingRescheduled(MeetingSummary meeting, Instant previousStartsAt) {
    }

    public record MeetingCancelled(MeetingSummary meeting, String reason) {
    }

    public record MeetingPostponed(MeetingSummary meeting, String reason) {
    }

    public record MeetingOpened(MeetingSummary meeting) {
    }

    public record MeetingStarted(MeetingSummary meeting) {
    }

    public record MeetingEnded(MeetingSummary meeting) {
    }

    public record MinutesAdopted(MeetingSummary meeting) {
    }
}
