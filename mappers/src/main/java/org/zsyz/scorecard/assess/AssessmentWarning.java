package org.zsyz.scorecard.assess;

import java.time.YearMonth;

/**
 * A 预警 for a unit.
 *
 * @param kind RED_INDICATOR, OVERDUE_START (超期未开工) or NO_FUNDS (签约满12个月无资金到位)
 */
public record AssessmentWarning(YearMonth period, String unitCode, int seqNo, String kind, String indicatorCode,
        String projectNo, String message) {
}
