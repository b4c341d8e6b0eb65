package org.zsyz.scorecard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.zsyz.scorecard.store.portal.UnitStanding;

/**
 * A unit's published totals as a small line chart drawn in inline SVG (no script, no style attribute: the portal's
 * content security policy allows neither), oldest month on the left.
 *
 * @param points the polyline's points, "x,y x,y ..."
 * @param dots   one per month, with its label
 * @param top    the highest total shown (label of the top line)
 * @param bottom the lowest total shown (label of the bottom line)
 */
record ScoreTrend(String points, List<Dot> dots, String top, String bottom) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    private static final int PAD_X = 40;
    private static final int PAD_Y = 20;

    record Dot(String x, String y, String label) {}

    /** From the unit's results newest first (as the table lists them); {@code null} for fewer than two months. */
    static ScoreTrend of(List<UnitStanding> newestFirst) {
        List<UnitStanding> months = new ArrayList<>(
                newestFirst.stream().filter(UnitStanding::asPublished).toList());
        if (months.size() < 2) {
            return null;
        }
        java.util.Collections.reverse(months);
        BigDecimal min = months.stream()
                .map(UnitStanding::totalScore)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal max = months.stream()
                .map(UnitStanding::totalScore)
                .max(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal span = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min);
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            UnitStanding m = months.get(i);
            BigDecimal x = BigDecimal.valueOf(PAD_X + (long) (WIDTH - 2 * PAD_X) * i / (months.size() - 1));
            BigDecimal share = m.totalScore().subtract(min).divide(span, 6, RoundingMode.HALF_UP);
            BigDecimal y =
                    BigDecimal.valueOf(HEIGHT - PAD_Y).subtract(share.multiply(BigDecimal.valueOf(HEIGHT - 2 * PAD_Y)));
            dots.add(new Dot(
                    x.setScale(1, RoundingMode.HALF_UP).toPlainString(),
                    y.setScale(1, RoundingMode.HALF_UP).toPlainString(),
                    m.period() + "："
                            + m.totalScore().setScale(2, RoundingMode.HALF_UP).toPlainString() + " 分"
                            + (m.groupRank() == null ? "" : "，第 " + m.groupRank() + " 名")));
        }
        String points = dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
        return new ScoreTrend(
                points,
                dots,
                max.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                min.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
}
