package vn.chibo.voting;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/** A vote as stored: OPEN until the chair closes (or cancels) it; the result fields are null while open. */
record Vote(UUID id, UUID meetingId, UUID agendaItemId, UUID unitId, UUID cellId, String subject,
        DecisionType decisionType, VoteResult.Mode mode, String personName, boolean cellWide, State state,
        Instant openedAt, String openedBy, int denominator, String denominatorDetail, int eligible, Instant closedAt,
        Integer yes, Integer no, Integer abstain, Boolean passed, String ballotsDigest) {

    enum State { OPEN, CLOSED, CANCELLED }

    boolean secret() {
        return mode == VoteResult.Mode.SECRET;
    }

    VoteResult result() {
        return new VoteResult(id, new MeetingId(meetingId), agendaItemId, subject, decisionType, mode, yes, no,
                abstain, denominator, eligible, passed, openedAt, closedAt);
    }
}
