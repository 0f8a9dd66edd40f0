package vn.chibo.voting;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/** The chair opened a vote; its electorate and denominator are frozen. */
public record VoteOpened(UUID voteId, MeetingId meetingId, UUID agendaItemId, DecisionType decisionType,
        VoteResult.Mode mode, int denominator, int eligible, Instant openedAt) {
}
