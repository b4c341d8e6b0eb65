package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void percentagesAreHalfUpToTwoDecimals() {
        // the worked example of docs/method.md: 22.735 ÷ 19.8 = 1.148232… → 114.82%
        assertThat(Formats.percent(bd("22.735").divide(bd("19.8"), MathContext.DECIMAL64)))
                .isEqualTo("114.82%");
        assertThat(Formats.percent(bd("19.9").divide(bd("18"), MathContext.DECIMAL64)))
                .isEqualTo("110.56%");
        assertThat(Formats.percent(bd("4289").divide(bd("2699"), MathContext.DECIMAL64)))
                .isEqualTo("158.91%");
        assertThat(Formats.percent(bd("0.123450"))).isEqualTo("12.35%"); // HALF_UP, not HALF_EVEN
        assertThat(Formats.percent(bd("0.123449999"))).isEqualTo("12.34%");
        assertThat(Formats.percent(bd("1"))).isEqualTo("100.00%");
        assertThat(Formats.percent(BigDecimal.ZERO)).isEqualTo("0.00%");
        assertThat(Formats.percent(null)).isEqualTo("—");
    }

    @Test
    void gapsCarryTheirSign() {
        assertThat(Formats.points(bd("14.8232323"))).isEqualTo("+14.82");
        assertThat(Formats.points(bd("-5.3"))).isEqualTo("-5.30");
        assertThat(Formats.points(bd("-0.004"))).isEqualTo("0.00");
        assertThat(Formats.points(bd("0.005"))).isEqualTo("+0.01");
        assertThat(Formats.points(null)).isEqualTo("—");
        assertThat(Formats.signedPercent(bd("0.12"))).isEqualTo("+12.00%");
        assertThat(Formats.signedPercent(bd("-0.05125"))).isEqualTo("-5.13%");
        assertThat(Formats.signedPercent(null)).isEqualTo("—");
    }

    @Test
    void scoresHaveTwoDecimals() {
        assertThat(Formats.score(bd("28.705808"))).isEqualTo("28.71");
        assertThat(Formats.score(bd("7"))).isEqualTo("7.00");
        assertThat(Formats.score(bd("89.995"))).isEqualTo("90.00");
        assertThat(Formats.signedScore(bd("3"))).isEqualTo("+3.00");
        assertThat(Formats.signedScore(bd("-1"))).isEqualTo("-1.00");
        assertThat(Formats.score(null)).isEqualTo("—");
    }

    @Test
    void figuresFollowTheirUnitOfMeasure() {
        assertThat(Formats.figure(bd("22.735"), "亿元")).isEqualTo("22.74");
        assertThat(Formats.figure(bd("4289"), "万美元")).isEqualTo("4289.00");
        assertThat(Formats.figure(bd("1234.56785"), "万元")).isEqualTo("1234.5679");
        assertThat(Formats.figure(bd("7"), "个")).isEqualTo("7");
        assertThat(Formats.figure(bd("4.5"), "批次")).isEqualTo("5");
        assertThat(Formats.figure(bd("12345678901234567890.125"), "亿元")).isEqualTo("12345678901234567890.13");
        assertThat(Formats.figure(bd("1E+3"), "亿元")).isEqualTo("1000.00"); // never scientific notation
        assertThat(Formats.figure(null, "亿元")).isEqualTo("—");
        // a 序时目标 of a count keeps its fraction; other units as figure()
        assertThat(Formats.scheduleTarget(bd("1.75"), "个")).isEqualTo("1.75");
        assertThat(Formats.scheduleTarget(bd("2.50"), "个")).isEqualTo("2.5");
        assertThat(Formats.scheduleTarget(bd("3.0000"), "批次")).isEqualTo("3");
        assertThat(Formats.scheduleTarget(bd("0.666666"), "个")).isEqualTo("0.67");
        assertThat(Formats.scheduleTarget(bd("4.25"), "亿元")).isEqualTo("4.25");
        assertThat(Formats.scheduleTarget(null, "个")).isEqualTo("—");
        assertThat(Formats.money(bd("0.004"))).isEqualTo("0.00");
    }

    @Test
    void bulletinCellShowsRateWithRank() {
        assertThat(Formats.rateWithRank(bd("1.148232"), 1)).isEqualTo("114.82%（1）");
        assertThat(Formats.rateWithRank(bd("0.5"), null)).isEqualTo("50.00%");
        assertThat(Formats.rateWithRank(null, 3)).isEqualTo("—");
        assertThat(Formats.rank(null)).isEqualTo("—");
        assertThat(Formats.rank(12)).isEqualTo("12");
    }

    @Test
    void datesOrdinalsAndRevisions() {
        assertThat(Formats.date(LocalDate.of(2025, 10, 8))).isEqualTo("2025年10月8日");
        assertThat(Formats.chineseOrdinal(1)).isEqualTo("一");
        assertThat(Formats.chineseOrdinal(10)).isEqualTo("十");
        assertThat(Formats.chineseOrdinal(13)).isEqualTo("十三");
        assertThat(Formats.chineseOrdinal(20)).isEqualTo("二十");
        assertThat(Formats.chineseOrdinal(21)).isEqualTo("二十一");
        assertThat(Formats.revisionMark(0)).isNull();
        assertThat(Formats.revisionMark(2)).isEqualTo("更正版（第2次更正）");
    }

    @Test
    void rateCalculationUsesCountsOrMoney() {
        RateLine start =
                new RateLine("R_START", "项目开工率", bd("12"), bd("15"), bd("0.8"), bd("0.8"), bd("10"), bd("10"), 1);
        RateLine funds =
                new RateLine("R_FUNDS", "资金到位率", bd("3.5"), bd("12"), bd("0.29"), bd("0.3"), bd("7.7"), bd("8"), 2);
        RateLine empty = new RateLine("R_FULFIL", "合同履约率", null, null, null, bd("1"), null, bd("7"), null);
        assertThat(TemplateData.rateCalculation(start)).isEqualTo("12 ÷ 15（个）");
        assertThat(TemplateData.rateCalculation(funds)).isEqualTo("3.50 ÷ 12.00（亿元）");
        assertThat(TemplateData.rateCalculation(empty)).isEqualTo("—");
    }
}
