package vn.chibo.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/** Grants as the API shows them: with the name of the unit they are held on. */
@Component
class RoleViews {

    private final OrganisationDirectory directory;

    RoleViews(OrganisationDirectory directory) {
        this.directory = directory;
    }

    record RoleView(Role role, UUID orgUnitId, String orgUnitName) {
    }

    List<RoleView> of(List<Grant> grants) {
        return grants.stream()
                .map(g -> new RoleView(g.role(), g.unitId(), directory.unit(g.unitId()).map(UnitView::name).orElse(null)))
                .toList();
    }
}
