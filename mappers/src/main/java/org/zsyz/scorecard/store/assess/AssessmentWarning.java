package org.zsyz.scorecard.store.assess;

import java.time.YearMonth;
import org.zsyz.scorecard.domain.WarningKind;

/**
 * A 预警 for a unit.
 *
 * @param kind what it is about; an indicator's code or a project's number says which
 */
public record AssessmentWarning(
        YearMonth period,
        String unitCode,
        int seqNo,
        WarningKind kind,
        String indicatorCode,
        String projectNo,
        String message) {}
