package vn.chibo.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.CurrentActor;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/**
 * What the current actor may do where, per docs/access.md: a role on a unit reaches that unit's subtree; a
 * cell's secretary, deputy and committee reach the cell and its groups; a group leader reads the group's
 * members and the group's cell; every member reads their own record and their own cell.
 */
@Component
class OrganisationAccess {

    private static final Set<Role> CELL_OFFICERS = Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.CELL_COMMITTEE);
    private static final Set<Role> CELL_CHANGERS = Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY);

    private final CurrentActor currentActor;
    private final JdbcUnits units;
    private final JdbcMembers members;

    OrganisationAccess(CurrentActor currentActor, JdbcUnits units, JdbcMembers members) {
        this.currentActor = currentActor;
        this.units = units;
        this.members = members;
    }

    String currentUsername() {
        return currentActor.get().map(Actor::username).orElse(null);
    }

    /** The actor's grants with the units they sit on (grants on unknown units reach nothing). */
    Reach reach() {
        var actor = currentActor.require();
        var grantUnits = units.findAll(actor.grants().stream().map(Grant::unitId).collect(Collectors.toSet()));
        var ownCell = Optional.ofNullable(actor.memberId())
                .map(id -> members.currentMemberships(List.of(id)).get(id))
                .flatMap(m -> units.find(m.cellId()));
        return new Reach(actor, grantUnits, ownCell.orElse(null));
    }

    record Reach(Actor actor, Map<UUID, Unit> grantUnits, Unit ownCell) {

        private boolean holdsOnAncestorOf(Unit unit, Set<Role> roles, boolean strictly) {
            return actor.grants().stream().filter(g -> roles.contains(g.role())).map(g -> grantUnits.get(g.unitId()))
                    .anyMatch(u -> u != null && (strictly ? unit.isStrictlyWithin(u) : unit.isWithin(u)));
        }

        /** Add, rename, move, dissolve: only strictly below a unit the actor administers. */
        boolean mayChangeTree(Unit unit) {
            return holdsOnAncestorOf(unit, Set.of(Role.ADMIN), true);
        }

        /** The tree nodes the actor may see: the roots of the visible subtrees. */
        List<Unit> visibleRoots() {
            var roots = new ArrayList<Unit>();
            for (var grant : actor.grants()) {
                var unit = grantUnits.get(grant.unitId());
                if (unit == null) {
                    continue;
                }
                if (grant.role() == Role.GROUP_LEADER && unit.kind() == UnitKind.PARTY_GROUP) {
                    roots.add(new Unit(unit.parentId(), UnitKind.CELL, null, null, null,
                            unit.path().substring(0, unit.path().length() - unit.id().toString().length() - 1), null,
                            null, null, null, 0));
                }
                else {
                    roots.add(unit);
                }
            }
            if (ownCell != null) {
                roots.add(ownCell);
            }
            return roots;
        }

        boolean mayReadUnit(Unit unit) {
            return visibleRoots().stream().anyMatch(unit::isWithin);
        }

        /** The highest unit whose members the actor may read, for a member list that names no unit. */
        java.util.Optional<Unit> memberScope() {
            return actor.grants().stream().map(g -> grantUnits.get(g.unitId()))
                    .filter(u -> u != null && mayReadMembersOf(u))
                    .min(java.util.Comparator.comparingInt(u -> u.path().length()));
        }

        /** Reading the members of a unit's subtree. */
        boolean mayReadMembersOf(Unit unit) {
            return holdsOnAncestorOf(unit, Set.of(Role.ADMIN, Role.REVIEWER), false)
                    || holdsOnAncestorOf(unit, CELL_OFFICERS, false)
                    || holdsOnAncestorOf(unit, Set.of(Role.GROUP_LEADER), false);
        }

        /** Changing members of a cell (or group): its administrators, its secretary and deputy. */
        boolean mayChangeMembersOf(Unit unit) {
            return holdsOnAncestorOf(unit, Set.of(Role.ADMIN), false) || holdsOnAncestorOf(unit, CELL_CHANGERS, false);
        }

        boolean mayAdminister(Unit unit) {
            return holdsOnAncestorOf(unit, Set.of(Role.ADMIN), false);
        }

        boolean mayImportInto(Unit unit) {
            return mayChangeMembersOf(unit);
        }

        boolean mayExport(Unit unit) {
            return holdsOnAncestorOf(unit, Set.of(Role.ADMIN, Role.REVIEWER), false)
                    || holdsOnAncestorOf(unit, CELL_OFFICERS, false);
        }

        boolean isOwnRecord(UUID memberId) {
            return memberId.equals(actor.memberId());
        }

        void require(boolean allowed, String what) {
            if (!allowed) {
                throw new AccessDenied("Bạn không có quyền " + what + ".");
            }
        }
    }
}
