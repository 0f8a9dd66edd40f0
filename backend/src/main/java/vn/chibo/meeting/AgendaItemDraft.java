package vn.chibo.meeting;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body that adds or changes an agenda item. */
record AgendaItemDraft(@NotBlank @Size(max = 500) String title, @NotNull AgendaItemType type,
        Classification classification, Boolean secretBallot, UUID presenterMemberId,
        @Size(max = 200) String presenterName, @Min(0) @Max(600) Integer plannedMinutes, @Size(max = 4000) String notes) {

    AgendaItem toItem(java.util.UUID id, java.util.UUID meetingId, int position) {
        return new AgendaItem(id, meetingId, position, title.strip(), type,
                classification == null ? Classification.INTERNAL : classification, Boolean.TRUE.equals(secretBallot),
                presenterMemberId, presenterName, plannedMinutes == null ? 0 : plannedMinutes, notes);
    }
}
