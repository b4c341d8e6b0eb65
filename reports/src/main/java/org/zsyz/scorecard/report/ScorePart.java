package org.zsyz.scorecard.report;

import java.math.BigDecimal;

/**
 * A line of "how the score was made up".
 *
 * @param label       e.g. 到位市外资金, 加分：500强项目 XX, 扣分：逾期报送
 * @param points      signed points (deductions negative)
 * @param explanation the formula applied, e.g. 25 × min(22.735 ÷ 19.8, 1.2) = 25.00
 */
public record ScorePart(String label, BigDecimal points, String explanation) {}
