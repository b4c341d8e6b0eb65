package org.zsyz.scorecard.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.report.IndicatorCell;
import org.zsyz.scorecard.report.IndicatorHeading;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * The indicator columns of a ranking table — the bulletin's, the xlsx's 排名 sheet and the portal's ranking page —
 * one per indicator of the method the period was assessed under, in the method's order.
 *
 * @param columns the indicators, in display order
 * @param cells   unit code → one cell per column; a unit without a stored result for a column shows "—"
 */
public record RankingColumns(List<Indicator> columns, Map<String, List<IndicatorCell>> cells) {

    static RankingColumns of(List<Indicator> columns, Map<String, Map<Indicator, IndicatorResult>> byUnit) {
        Map<String, List<IndicatorCell>> cells = new LinkedHashMap<>();
        byUnit.forEach((unit, figures) -> cells.put(unit, cells(columns, figures)));
        return new RankingColumns(List.copyOf(columns), cells);
    }

    static List<IndicatorCell> cells(List<Indicator> columns, Map<Indicator, IndicatorResult> figures) {
        List<IndicatorCell> cells = new ArrayList<>();
        for (Indicator i : columns) {
            IndicatorResult r = figures.get(i);
            cells.add(
                    r == null
                            ? new IndicatorCell(i.name(), null, null, null)
                            : new IndicatorCell(i.name(), r.completionRate(), r.indicatorRank(), r.colourBand()));
        }
        return cells;
    }

    public List<IndicatorHeading> headings() {
        return columns.stream()
                .map(i -> new IndicatorHeading(i.name(), i.shortName(), !i.hasTarget()))
                .toList();
    }

    /** The unit's cells; all "—" for a unit with no stored results. */
    public List<IndicatorCell> cellsOf(String unitCode) {
        List<IndicatorCell> found = cells.get(unitCode);
        return found != null ? found : cells(columns, Map.of());
    }
}
