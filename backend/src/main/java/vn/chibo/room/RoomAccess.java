package vn.chibo.room;

import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.security.Actor;

/**
 * Who may do what in a room. The meeting module decides who may view (members of the cell or group, guests,
 * the upper committees) and who runs the meeting; the room adds the role: someone who may view but is neither
 * a member of the meeting's unit, a guest, the chair nor the minute-taker is an observer (a reviewer).
 */
@Component
class RoomAccess {

    private final Meetings meetings;
    private final OrganisationDirectory directory;

    RoomAccess(Meetings meetings, OrganisationDirectory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    Access of(Actor actor, MeetingId id) {
        var meeting = meetings.find(id).orElseThrow(RoomRefusal::meetingNotFound);
        if (!meetings.mayView(actor, id)) {
            throw RoomRefusal.accessDenied();
        }
        var manage = meetings.mayManage(actor, id);
        return new Access(actor, meeting, role(actor.memberId(), meeting, manage), manage);
    }

    private String role(UUID memberId, MeetingSummary meeting, boolean manage) {
        if (memberId == null) {
            return Access.OBSERVER;
        }
        if (memberId.equals(meeting.chairMemberId()) || (meeting.chairMemberId() == null && manage)) {
            return Access.CHAIR;
        }
        if (memberId.equals(meeting.minuteTakerMemberId())) {
            return Access.MINUTE_TAKER;
        }
        if (belongs(memberId, meeting) || manage) {
            return Access.MEMBER;
        }
        if (meetings.guests(meeting.id()).contains(memberId)) {
            return Access.GUEST;
        }
        return Access.OBSERVER;
    }

    private boolean belongs(UUID memberId, MeetingSummary meeting) {
        var groupMeeting = !Objects.equals(meeting.unitId(), meeting.cellId());
        return directory.member(memberId)
                .map(m -> groupMeeting ? meeting.unitId().equals(m.groupId()) : meeting.cellId().equals(m.cellId()))
                .orElse(false);
    }
}
