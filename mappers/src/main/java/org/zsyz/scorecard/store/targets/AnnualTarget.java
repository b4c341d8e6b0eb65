package org.zsyz.scorecard.store.targets;

import java.math.BigDecimal;
import org.zsyz.scorecard.store.indicator.Indicator;

/** A unit's 年度目标 for one indicator; money in 亿元, I3 in 万美元, counts as whole numbers. */
public record AnnualTarget(int assessYear, String unitCode, Indicator indicator, BigDecimal targetValue) {}
