package vn.chibo.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.chibo.shared.Rule;

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

    /** An agenda item was removed; its documents go with it. */
    public record AgendaItemRemoved(MeetingId meetingId, UUID itemId) {
    }

    /**
     * The daily check found a cell behind its schedule (R20: a month without a regular meeting, a quarter without
     * a thematic one) or a held meeting shorter than required (R19, then {@code meetingId} is set). Raised once per
     * cell, code and period (or meeting); the notices deliver it to the cell and its upper committee.
     *
     * @param period the first day of the month or quarter concerned (R19: the meeting's date)
     */
    public record ScheduleWarningRaised(UUID cellId, Rule rule, String code, String message, LocalDate period,
            MeetingId meetingId) {
    }
}
