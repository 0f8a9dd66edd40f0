package vn.chibo.voting;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * A closed vote's result as other modules (minutes, reporting) see it; immutable once the chair has closed the
 * vote. {@code denominator} is all summoned official members per R14 on the meeting date; {@code eligible} is
 * how many were present and allowed to cast when it opened (R10, R13).
 */
public record VoteResult(UUID voteId, MeetingId meetingId, UUID agendaItemId, String subject,
        DecisionType decisionType, Mode mode, int yes, int no, int abstain, int denominator, int eligible,
        boolean passed, Instant openedAt, Instant closedAt) {

    public enum Mode { OPEN, SECRET }

    /** The rule quoted beside the result ("R15"). */
    public String rule() {
        return decisionType.rule().name();
    }
}
