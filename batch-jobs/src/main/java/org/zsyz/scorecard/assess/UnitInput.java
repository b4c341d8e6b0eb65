package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * Everything the rules need about one unit for one period.
 *
 * @param reportStatus  已报送, 逾期 or 未报送 (then {@code figures} are carried from an earlier return)
 * @param figuresPeriod the period of the return the figures come from; {@code null} when there is none
 * @param receivedAt    when the first accepted return for the period arrived; {@code null} when missing
 * @param targets      年度目标 per indicator; an indicator without an entry has no target
 * @param lastYearYtd  the same period's YTD last year per indicator (for 同比); missing entries show "—"
 */
public record UnitInput(
        String unitCode,
        String unitName,
        String groupName,
        boolean ranked,
        Long submissionId,
        ReportStatus reportStatus,
        YearMonth figuresPeriod,
        LocalDateTime receivedAt,
        LedgerFigures figures,
        Map<Indicator, BigDecimal> targets,
        Map<Indicator, BigDecimal> lastYearYtd) {}
