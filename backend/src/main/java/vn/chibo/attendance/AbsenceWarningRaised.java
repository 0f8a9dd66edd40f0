package vn.chibo.attendance;

import java.util.UUID;

import vn.chibo.meeting.MeetingId;

/**
 * R11: a member's months absent without reason in a year first reached {@link UnexcusedAbsences#WARN_AT} or
 * {@link UnexcusedAbsences#REMOVAL_PROCEDURE_AT}; raised once per member, year and level, by the confirmation or
 * correction of {@code meetingId}'s roll.
 */
public record AbsenceWarningRaised(UUID memberId, UUID cellId, int year, int months,
        UnexcusedAbsences.Level level, MeetingId meetingId) {
}
