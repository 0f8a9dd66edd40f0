package vn.chibo.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The create/edit body of a meeting (docs/meetings.md). On edit {@code unitId} is ignored and {@code version}
 * is the version the client read (absent fields stay as they are); {@code template}/{@code topic} fill an empty agenda on create.
 */
record MeetingDraft(UUID unitId, MeetingKind kind, MeetingMode mode, String title, Instant startsAt, Instant endsAt,
        String place, UUID chairMemberId, UUID minuteTakerMemberId, List<UUID> guestMemberIds,
        AgendaTemplates.Template template, String topic, Boolean schedule, Long version) {

    /** On edit, absent ({@code null}) guests stay as they are; on create they mean none. */
    List<UUID> guestsOrNone() {
        return guestMemberIds == null ? List.of() : guestMemberIds;
    }
}
