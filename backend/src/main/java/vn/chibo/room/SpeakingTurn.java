package vn.chibo.room;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/** One time a member had the floor; {@code agendaItemId} and {@code endedAt} may be null. */
public record SpeakingTurn(UUID id, MeetingId meetingId, UUID memberId, UUID agendaItemId, Instant startedAt,
        Instant endedAt) {
}
