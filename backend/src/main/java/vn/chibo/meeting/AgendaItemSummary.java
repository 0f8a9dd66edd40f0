package vn.chibo.meeting;

import java.util.UUID;

/** One agenda item as other modules see it (the room shows the current one, votes and minutes hang on it). */
public record AgendaItemSummary(UUID id, MeetingId meetingId, int position, String title, AgendaItemType type,
        Classification classification, boolean secretBallot, UUID presenterMemberId, String presenterName,
        int plannedMinutes) {
}
