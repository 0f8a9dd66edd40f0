package vn.chibo.meeting;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;

/**
 * Who may see and who may run a meeting (docs/meetings.md, "Who may do what"). Viewing: the members of the
 * cell or group (on the meeting's date or now), the guests, the chair and minute-taker, and anyone holding a
 * role on the meeting's unit or above it. Managing: the chair, the cell's secretary or deputy, and for a
 * party-group meeting the group's leader.
 */
@Component
class MeetingAccess {

    private static final Set<Role> CELL_OFFICERS = EnumSet.of(Role.SECRETARY, Role.DEPUTY_SECRETARY);
    private static final Set<Role> RECORDERS = EnumSet.of(Role.REVIEWER, Role.ADMIN);

    private final OrganisationDirectory directory;

    MeetingAccess(OrganisationDirectory directory) {
        this.directory = directory;
    }

    boolean mayView(Actor actor, Meeting meeting, Collection<UUID> guests) {
        if (actor.memberId() != null && (actor.memberId().equals(meeting.chairMemberId())
                || actor.memberId().equals(meeting.minuteTakerMemberId()) || guests.contains(actor.memberId()))) {
            return true;
        }
        if (holdsOver(actor, meeting.unitId(), EnumSet.allOf(Role.class))) {
            return true;
        }
        return isMemberOf(actor, meeting);
    }

    /** A member of the meeting's unit now, or on the day of the meeting. */
    boolean isMemberOf(Actor actor, Meeting meeting) {
        if (actor.memberId() == null) {
            return false;
        }
        var now = directory.member(actor.memberId());
        if (now.isPresent() && (meeting.partyGroup() ? meeting.unitId().equals(now.get().groupId())
                : meeting.unitId().equals(now.get().cellId()))) {
            return true;
        }
        return directory.membersOn(meeting.unitId(), meeting.date()).stream().anyMatch(m -> m.id().equals(actor.memberId()));
    }

    boolean mayManage(Actor actor, Meeting meeting) {
        if (actor.memberId() != null && actor.memberId().equals(meeting.chairMemberId())) {
            return true;
        }
        return mayCreateIn(actor, meeting.unitId(), meeting.cellId());
    }

    /** The cell's secretary or deputy, or (for a party group) the group's leader. */
    boolean mayCreateIn(Actor actor, UUID unitId, UUID cellId) {
        if (holdsOver(actor, cellId, CELL_OFFICERS)) {
            return true;
        }
        return !unitId.equals(cellId) && actor.unitsWhere(Role.GROUP_LEADER).contains(unitId);
    }

    /** Reviewers and administrators strictly above the unit record and revoke its online authorisations. */
    boolean mayRecordAuthorisation(Actor actor, UUID unitId) {
        return actor.grants().stream().anyMatch(g -> RECORDERS.contains(g.role()) && !g.unitId().equals(unitId)
                && directory.isWithin(unitId, g.unitId()));
    }

    /** Anyone with a role on the unit or above it, and the unit's own members, may read its authorisations. */
    boolean mayReadUnit(Actor actor, UnitView unit) {
        if (holdsOver(actor, unit.id(), EnumSet.allOf(Role.class))) {
            return true;
        }
        if (actor.memberId() == null) {
            return false;
        }
        var member = directory.member(actor.memberId());
        return member.isPresent() && (unit.id().equals(member.get().cellId()) || unit.id().equals(member.get().groupId())
                || (unit.kind() != UnitKind.CELL && unit.kind() != UnitKind.PARTY_GROUP && member.get().cellId() != null
                        && directory.isWithin(member.get().cellId(), unit.id())));
    }

    boolean holdsOver(Actor actor, UUID unitId, Set<Role> roles) {
        return actor.grants().stream().anyMatch(g -> roles.contains(g.role()) && directory.isWithin(unitId, g.unitId()));
    }

    boolean mayManageCell(Actor actor, UUID cellId) {
        return holdsOver(actor, cellId, CELL_OFFICERS);
    }
}
