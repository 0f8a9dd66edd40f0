package vn.chibo.meeting;

import java.util.Set;
import java.util.UUID;

/** One item of a meeting's agenda as stored. */
record AgendaItem(UUID id, UUID meetingId, int position, String title, AgendaItemType type,
        Classification classification, boolean secretBallot, UUID presenterMemberId, String presenterName,
        int plannedMinutes, String notes) {

    /** R4: whether the item may not be decided in an online-only meeting under the configured list. */
    boolean restrictedOnline(Set<AgendaItemType> restrictedTypes) {
        return secretBallot || classification == Classification.SECRET || restrictedTypes.contains(type);
    }

    AgendaItemSummary summary() {
        return new AgendaItemSummary(id, new MeetingId(meetingId), position, title, type, classification, secretBallot,
                presenterMemberId, presenterName, plannedMinutes);
    }
}
