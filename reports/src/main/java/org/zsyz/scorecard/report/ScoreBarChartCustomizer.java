package org.zsyz.scorecard.report;

import java.awt.Color;
import java.awt.Font;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/** Quiet styling of the bulletin's bar chart of total scores: flat bars, light grid, room for the labels. */
public class ScoreBarChartCustomizer implements JRChartCustomizer {

    static final float ITEM_LABEL_SIZE = 6.5f;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD9D9D9));
        plot.setDomainGridlinesVisible(false);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setMaximumBarWidth(0.12);
            bars.setItemMargin(0);
            // Jasper 7.0.3 does not apply the itemLabel font of a category plot, so JFreeChart's SansSerif would
            // reach the PDF as a non-embedded Helvetica: use the (embedded) family of the tick labels instead
            Font tickFont = plot.getDomainAxis().getTickLabelFont();
            bars.setDefaultItemLabelFont(tickFont.deriveFont(Font.PLAIN, ITEM_LABEL_SIZE));
            bars.setDefaultItemLabelPaint(new Color(0x1A1A1A));
        }
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setUpperMargin(0.12);
        }
        plot.getDomainAxis().setCategoryMargin(0.25);
        // unit names are long (示例高新技术产业开发区): give them up to 40% of the width and two lines before
        // JFreeChart shortens them with an ellipsis
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        if (chart.getTitle() != null) {
            Font f = chart.getTitle().getFont();
            chart.getTitle().setPaint(new Color(0x1A1A1A));
            chart.getTitle().setFont(f);
        }
    }
}
