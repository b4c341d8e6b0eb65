package org.zsyz.scorecard.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

/**
 * The unit scorecard's month-by-month chart: completion rate as bars on the left axis, rank as a line on the
 * right axis, inverted so that first place is at the top, with whole-number ticks from 1 to the number of
 * ranked units of the group (parameter {@code RANKED_IN_GROUP}). Jasper makes one customizer per chart fill.
 */
public class TrendChartCustomizer extends JRAbstractChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        plot.getDomainAxis().setCategoryMargin(0.2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f);
        for (int i = 0; i < plot.getRendererCount(); i++) {
            CategoryItemRenderer r = plot.getRenderer(i);
            if (r instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                bars.setMaximumBarWidth(0.06);
            } else if (r instanceof LineAndShapeRenderer line) {
                line.setSeriesStroke(0, new BasicStroke(1.2f));
                line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
                line.setDefaultShapesVisible(true);
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis axis = plot.getRangeAxis(i);
            if (axis instanceof NumberAxis number && "排名".equals(axis.getLabel())) {
                number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
                number.setInverted(true);
                int max = maxValue(plot.getDataset(i));
                if (max == 0) {
                    // never ranked this year (参与综合排名 = 否): no rank axis, no empty legend entry
                    number.setVisible(false);
                    if (plot.getRenderer(i) != null) {
                        plot.getRenderer(i).setSeriesVisibleInLegend(0, false);
                    }
                    continue;
                }
                if (getParameterValue("RANKED_IN_GROUP") instanceof Integer n) {
                    max = Math.max(max, n);
                }
                number.setAutoRange(false);
                number.setRange(0.5, Math.max(max, 2) + 0.5);
                // every place from 1 to N for a small group, so the line reads as a rank; larger groups keep the
                // automatic whole-number steps
                if (max <= 12) {
                    number.setTickUnit(new NumberTickUnit(1));
                }
            }
        }
    }

    private static int maxValue(CategoryDataset data) {
        int max = 0;
        if (data == null) {
            return max;
        }
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                if (n != null) {
                    max = Math.max(max, (int) Math.ceil(n.doubleValue()));
                }
            }
        }
        return max;
    }
}
