package vn.chibo.attendance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.Rule;

/** R12: which attendance threshold a unit's meetings are judged against (its own entry, its nearest ancestor's, or the default). */
@Component
class Thresholds {

    private final AttendanceProperties properties;
    private final OrganisationDirectory directory;

    Thresholds(AttendanceProperties properties, OrganisationDirectory directory) {
        this.properties = properties;
        this.directory = directory;
    }

    /** {@link Rule#R12}: the percent for a meeting of this unit (cell or party group). */
    int percentFor(UUID unitId) {
        if (properties.thresholds().isEmpty() || unitId == null) {
            return properties.thresholdPercent();
        }
        var unit = directory.unit(unitId);
        if (unit.isEmpty()) {
            return properties.thresholdPercent();
        }
        var nearestFirst = new ArrayList<UUID>(unit.get().path());
        Collections.reverse(nearestFirst);
        nearestFirst.add(0, unitId);
        for (var id : nearestFirst) {
            var code = id.equals(unitId) ? unit.map(UnitView::code) : directory.unit(id).map(UnitView::code);
            var percent = code.map(properties.thresholds()::get);
            if (percent.isPresent()) {
                return percent.get();
            }
        }
        return properties.thresholdPercent();
    }
}
