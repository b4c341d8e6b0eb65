package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.domain.AdjustmentKind;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.indicator.Indicator;

/** A unit's assessment for a period: indicators, adjustments, total, grade and place. */
public final class UnitOutcome {

    final UnitInput input;
    final Map<Indicator, IndicatorOutcome> indicators = new LinkedHashMap<>();
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    BigDecimal baseScore = BigDecimal.ZERO;
    BigDecimal bonus = BigDecimal.ZERO;
    BigDecimal deduction = BigDecimal.ZERO;
    /** Rounded to 2 decimals: what is shown and what the ranking compares. */
    BigDecimal total;

    Grade grade;
    Integer rank;
    int groupSize;
    Integer previousRank;
    String rankChange;
    int firstStreak;
    ListMark listMark;
    /** The total's arithmetic in words. */
    String scoreFormula;

    UnitOutcome(UnitInput input) {
        this.input = input;
    }

    /** A 加分 (positive points) or 扣分 (negative points) item. */
    public record Adjustment(AdjustmentKind kind, BigDecimal points, String projectNo, String reason) {}

    /** A 预警; {@code indicator} for an indicator's, {@code projectNo} for a project's. */
    public record Warning(WarningKind kind, Indicator indicator, String projectNo, String message) {}

    public UnitInput input() {
        return input;
    }

    public String unitCode() {
        return input.unitCode();
    }

    public Map<Indicator, IndicatorOutcome> indicators() {
        return indicators;
    }

    public IndicatorOutcome indicator(Indicator indicator) {
        return indicators.get(indicator);
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public BigDecimal baseScore() {
        return baseScore;
    }

    public BigDecimal bonus() {
        return bonus;
    }

    public BigDecimal deduction() {
        return deduction;
    }

    public BigDecimal total() {
        return total;
    }

    public Grade grade() {
        return grade;
    }

    public Integer rank() {
        return rank;
    }

    public int groupSize() {
        return groupSize;
    }

    public Integer previousRank() {
        return previousRank;
    }

    public String rankChange() {
        return rankChange;
    }

    public int firstStreak() {
        return firstStreak;
    }

    public ListMark listMark() {
        return listMark;
    }

    public String scoreFormula() {
        return scoreFormula;
    }
}
