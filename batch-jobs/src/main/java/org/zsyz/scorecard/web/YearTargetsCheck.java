package org.zsyz.scorecard.web;

import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.portal.UnitStandingMapper;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Whether a unit can report for a period at all: its year's targets must have been imported and list the unit.
 * After the turn of the year the county pages say this plainly instead of a 404 or a refusal about the cover.
 */
@Component
class YearTargetsCheck {

    private final AssessedUnitMapper units;
    private final UnitStandingMapper standings;

    YearTargetsCheck(AssessedUnitMapper units, UnitStandingMapper standings) {
        this.units = units;
        this.standings = standings;
    }

    /** What stops the unit from reporting for the period, in Chinese; {@code null} when nothing does. */
    String problem(YearMonth period, String unitCode) {
        int year = period.getYear();
        if (units.findUnit(year, unitCode) != null) {
            return null;
        }
        if (standings.countUnitsOfYear(year) == 0) {
            return year + "年的考核目标尚未导入，暂不能报送或下载 " + period + " 的月报表。请等待市商务局导入" + year + "年目标任务书后再报送。";
        }
        return "本单位（" + unitCode + "）不在" + year + "年的考核单位名单中，暂不能报送或下载 " + period + " 的月报表。如有疑问请联系市商务局。";
    }

    /** The unit's name in the period's year, else in the newest year that lists it, else its code. */
    String unitName(YearMonth period, String unitCode) {
        var unit = units.findUnit(period.getYear(), unitCode);
        if (unit != null) {
            return unit.unitName();
        }
        String latest = standings.latestUnitName(unitCode);
        return latest == null ? unitCode : latest;
    }
}
