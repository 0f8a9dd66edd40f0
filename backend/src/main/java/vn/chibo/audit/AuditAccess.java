package vn.chibo.audit;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;

/**
 * Who may read the audit log: administrators only. An administrator of a root of the tree reads everything
 * and may verify the chain; an administrator lower down reads the entries about their subtree. Fails closed
 * when the organisation directory cannot answer.
 */
@Component
class AuditAccess {

    private final ObjectProvider<OrganisationDirectory> directory;

    AuditAccess(ObjectProvider<OrganisationDirectory> directory) {
        this.directory = directory;
    }

    /** What an actor may read: everything ({@link Scope#all}) or the entries about these admin units' subtrees. */
    record Scope(boolean all, Set<UUID> adminUnits) {
    }

    Scope readScope(Actor actor) {
        var adminUnits = actor.unitsWhere(Role.ADMIN);
        if (adminUnits.isEmpty()) {
            throw new AccessDenied("Only administrators read the audit log.");
        }
        return new Scope(adminUnits.stream().anyMatch(this::isRoot), adminUnits);
    }

    void requireRootAdmin(Actor actor) {
        if (actor.unitsWhere(Role.ADMIN).stream().noneMatch(this::isRoot)) {
            throw new AccessDenied("Only an administrator of the whole organisation verifies the audit chain.");
        }
    }

    /** The units among {@code seen} that lie within one of the scope's subtrees. */
    Set<UUID> within(Scope scope, Collection<UUID> seen) {
        var organisation = directory();
        return seen.stream()
                .filter(unit -> scope.adminUnits().stream().anyMatch(admin -> organisation.isWithin(unit, admin)))
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean isRoot(UUID unitId) {
        Optional<UnitView> unit = directory().unit(unitId);
        return unit.isPresent() && unit.get().parentId() == null;
    }

    private OrganisationDirectory directory() {
        var organisation = directory.getIfAvailable();
        if (organisation == null) {
            throw new AccessDenied("The organisation tree is not available, so the audit log's scope is unknown.");
        }
        return organisation;
    }
}
