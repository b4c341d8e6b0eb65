package org.zsyz.scorecard.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/** The assessed units of a year, as the bureau's pages offer them. */
@Component
class PortalUnits {

    private final AssessedUnitMapper units;

    PortalUnits(AssessedUnitMapper units) {
        this.units = units;
    }

    List<AssessedUnit> of(int year) {
        return units.findUnits(year);
    }

    /** The unit with this code in the year, {@code null} when blank or not one of the year's. */
    AssessedUnit find(int year, String code) {
        return code == null || code.isBlank() ? null : units.findUnit(year, code);
    }

    /** Unit code → name. */
    Map<String, String> names(int year) {
        return units.findUnits(year).stream()
                .collect(Collectors.toMap(AssessedUnit::unitCode, AssessedUnit::unitName, (a, b) -> a));
    }
}
