package vn.chibo.reporting;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.DomainException;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;

/**
 * Who may read the figures of a unit: anyone holding a committee role on the unit or above it (a reviewer of the
 * upper committee, an administrator, the cell's own committee for its cell). Everything shown is then filtered
 * to that unit's subtree; a reviewer never sees a row outside it, in the API or in an export.
 */
@Component
class ReportingAccess {

    private static final Set<Role> READERS = EnumSet.of(Role.REVIEWER, Role.ADMIN, Role.SECRETARY,
            Role.DEPUTY_SECRETARY, Role.CELL_COMMITTEE);

    private final OrganisationDirectory directory;

    ReportingAccess(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** The unit's subtree as a path prefix, when the actor may review it; a 403 or 404 problem otherwise. */
    Subtree require(Actor actor, UUID unitId) {
        var unit = directory.unit(unitId).orElseThrow(ReportingAccess::unitNotFound);
        var allowed = actor.grants().stream().anyMatch(g -> READERS.contains(g.role())
                && (g.unitId().equals(unitId) || directory.isWithin(unitId, g.unitId())));
        if (!allowed) {
            throw DomainException.refusal("reporting-outside-subtree", DomainException.Kind.FORBIDDEN,
                    "Bạn chỉ xem được số liệu của đơn vị mình phụ trách và các đơn vị trực thuộc.");
        }
        return Subtree.of(unit);
    }

    static DomainException unitNotFound() {
        return DomainException.refusal("reporting-unit-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy đơn vị.");
    }

    /**
     * A unit's subtree as a range of materialised paths: {@code [prefix, prefix with its final '/' raised to '0')},
     * compared byte-wise ({@code ~>=~}, {@code ~<~}) so the text_pattern_ops indexes answer it.
     */
    record Subtree(UUID unitId, String name, String kind, String prefix) {

        static Subtree of(UnitView unit) {
            var path = new StringBuilder();
            unit.path().forEach(id -> path.append(id).append('/'));
            path.append(unit.id()).append('/');
            return new Subtree(unit.id(), unit.name(), unit.kind().name(), path.toString());
        }

        String upper() {
            return prefix.substring(0, prefix.length() - 1) + '0';
        }

        boolean contains(String path) {
            return path != null && path.startsWith(prefix);
        }
    }
}
