package vn.chibo.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A meeting as other modules see it. {@code unitId} is the cell, or the party group for a group meeting
 * (then {@code cellId} is the group's cell). {@code chairMemberId}/{@code minuteTakerMemberId} may be null
 * until assigned. {@code videoRoom} is the room name the conferencing module uses (null when in person).
 */
public record MeetingSummary(MeetingId id, UUID unitId, UUID cellId, MeetingKind kind, MeetingMode mode,
        MeetingState state, String title, Instant startsAt, Instant endsAt, Instant startedAt, Instant endedAt,
        UUID chairMemberId, UUID minuteTakerMemberId, String place, String videoRoom, boolean onlinePilot) {
}
