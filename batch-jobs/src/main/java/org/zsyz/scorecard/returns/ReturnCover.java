package org.zsyz.scorecard.returns;

import java.time.YearMonth;

/**
 * The 封面 sheet of a return: who reports for which period. Any field may be {@code null}: a blank cell the unit
 * fills in (a fully blank template has no unit and no period).
 */
public record ReturnCover(String unitCode, String unitName, YearMonth period, String reporter, String phone) {

    /** 报告期 as the template writes it, {@code 2025-09}; {@code null} when there is no period. */
    public String periodText() {
        return period == null ? null : period.toString();
    }
}
