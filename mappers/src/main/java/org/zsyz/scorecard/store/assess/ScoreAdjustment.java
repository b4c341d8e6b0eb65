package org.zsyz.scorecard.store.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.zsyz.scorecard.domain.AdjustmentKind;

/**
 * A 加分 (BONUS) or 扣分 (DEDUCTION) item; points are signed.
 *
 * @param projectNo the project behind a bonus, {@code null} otherwise
 */
public record ScoreAdjustment(
        YearMonth period,
        String unitCode,
        int seqNo,
        AdjustmentKind kind,
        BigDecimal points,
        String projectNo,
        String reason) {}
