package vn.chibo.meeting;

/**
 * draft → scheduled → open (room open, members may enter) → in progress → ended → minutes adopted;
 * cancelled and postponed (with a reason) end a meeting early.
 */
public enum MeetingState {
    DRAFT,
    SCHEDULED,
    OPEN,
    IN_PROGRESS,
    ENDED,
    MINUTES_ADOPTED,
    CANCELLED,
    POSTPONED
}
