package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import org.zsyz.scorecard.domain.ColourBand;

/**
 * One indicator of one unit in the bulletin.
 *
 * @param completionRate 完成率 (or the rate itself for R_*) as a ratio; {@code null} shows "—"
 * @param rank           单项排名 in the group, {@code null} when not ranked
 * @param band           colour by 序时差, {@code null} for no colour
 */
public record IndicatorCell(String indicatorCode, BigDecimal completionRate, Integer rank, ColourBand band) {}
