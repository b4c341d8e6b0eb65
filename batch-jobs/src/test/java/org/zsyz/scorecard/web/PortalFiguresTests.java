package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalFiguresTests {

    private final PortalFigures figures = new PortalFigures();

    @Test
    void storedScalesAreShownWithTwoDecimals() {
        assertThat(figures.two(new BigDecimal("10.0000000000000000"))).isEqualTo("10.00");
        assertThat(figures.two(new BigDecimal("0E-16"))).isEqualTo("0.00");
        assertThat(figures.two(new BigDecimal("105.16"))).isEqualTo("105.16");
    }

    @Test
    void roundsHalfUpOnceLikeThePdfs() {
        assertThat(figures.two(new BigDecimal("1.005"))).isEqualTo("1.01");
        assertThat(figures.two(new BigDecimal("-10.005"))).isEqualTo("-10.01");
        assertThat(figures.two(new BigDecimal("2.0049999"))).isEqualTo("2.00");
    }

    @Test
    void noFigureIsADash() {
        assertThat(figures.two(null)).isEqualTo("—");
    }

    @Test
    void theBoardOffersThePeriodOnViewEvenWhenItIsNoLongerOpen() {
        List<YearMonth> open = List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 9));
        assertThat(BureauController.periodsWith(open, YearMonth.of(2026, 9))).isSameAs(open);
        assertThat(BureauController.periodsWith(open, YearMonth.of(2025, 9)))
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 9), YearMonth.of(2025, 9));
    }
}
