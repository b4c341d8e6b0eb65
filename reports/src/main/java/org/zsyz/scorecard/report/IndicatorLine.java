package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import org.zsyz.scorecard.domain.ColourBand;

/**
 * One indicator on a unit scorecard. Any figure may be {@code null} ("—"), e.g. when no target is set.
 *
 * @param name           e.g. 到位市外资金
 * @param unitOfMeasure  亿元, 万美元, 个 or 批次
 * @param target         年度目标
 * @param scheduleTarget 序时目标 = target × 序时进度
 * @param ytd            1—M月 累计
 * @param completionRate 完成率 as a ratio
 * @param scheduleGap    序时差 in percentage points
 * @param yoy            同比 as a ratio (0.12 = +12%)
 * @param score          points earned (null when the indicator is not scored)
 * @param weight         the indicator's weight after sharing out missing targets (null when not scored)
 * @param rank           单项排名 in the group
 */
public record IndicatorLine(
        String code,
        String name,
        String unitOfMeasure,
        BigDecimal target,
        BigDecimal scheduleTarget,
        BigDecimal ytd,
        BigDecimal completionRate,
        BigDecimal scheduleGap,
        BigDecimal yoy,
        BigDecimal score,
        BigDecimal weight,
        Integer rank,
        ColourBand band) {}
