package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.function.Function;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** How a method-defined indicator is obtained (docs/method.md, format 2). */
public sealed interface IndicatorSource {

    /**
     * Σ of a ledger amount over the projects matching the condition: a standard field, or ({@code field} null) the
     * method's extra numeric column {@code column}.
     */
    record LedgerSum(LedgerField field, ProjectCondition where, String column) implements IndicatorSource {
        public LedgerSum(LedgerField field, ProjectCondition where) {
            this(field, where, null);
        }
    }

    /** The number of ledger projects matching the condition. */
    record LedgerCount(ProjectCondition where) implements IndicatorSource {}

    /** A figure the unit reports on 工作指标. */
    record Reported(ReportedItem item) implements IndicatorSource {}

    /** numerator ÷ denominator, two other indicators of the method. */
    record Ratio(Indicator numerator, Indicator denominator) implements IndicatorSource {}

    /** The ledger amounts a sum can add up, resolved once when the method is read. */
    enum LedgerField {
        FUNDS_THIS_YEAR("funds_this_year", "本年到位资金", LedgerProject::fundsThisYear),
        FOREIGN_FUNDS_THIS_YEAR("foreign_funds_this_year", "本年到位外资", LedgerProject::foreignFundsThisYear),
        FUNDS_TOTAL("funds_total", "累计到位资金", LedgerProject::fundsTotal),
        CONTRACT_AMOUNT("contract_amount", "合同投资额", LedgerProject::contractAmount);

        final String key;
        final String label;
        final Function<LedgerProject, BigDecimal> read;

        LedgerField(String key, String label, Function<LedgerProject, BigDecimal> read) {
            this.key = key;
            this.label = label;
            this.read = read;
        }
    }

    /** The items of 工作指标 a method can assess. */
    enum ReportedItem {
        TRIPS("trips", "外出招商", ActivityFigure::trips),
        LEADER_TRIPS("leader_trips", "主要领导外出招商", ActivityFigure::leaderTrips),
        COMPANIES_VISITED("companies_visited", "拜访企业", ActivityFigure::companiesVisited),
        VISITORS_RECEIVED("visitors_received", "来访客商", ActivityFigure::visitorsReceived);

        final String key;
        final String label;
        final Function<ActivityFigure, Integer> read;

        ReportedItem(String key, String label, Function<ActivityFigure, Integer> read) {
            this.key = key;
            this.label = label;
            this.read = read;
        }
    }
}
