package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One-line cells are drawn straight onto the page, and what the page shows is what JasperReports' own layout
 * showed: the worked example's figures, in order, and the long texts that wrap still wrap.
 */
class SingleLineTextRendererTest {

    static ScorecardRenderer renderer;

    @BeforeAll
    static void compileOnce() {
        renderer = new ScorecardRenderer();
    }

    @Test
    void aScorecardsCellsAreDrawnAsSingleLinesWithTheirTextIntact() throws Exception {
        long before = SingleLineTextRenderer.linesDrawn();

        byte[] pdf = renderer.renderUnitScorecard(SampleCity.scorecard("410711"));

        assertThat(SingleLineTextRenderer.linesDrawn() - before)
                .as("cells drawn directly")
                .isGreaterThan(100);
        String text = PdfText.text(pdf);
        // the worked example (docs/method.md): 22.735 ÷ 19.8 = 114.82%, right-aligned numbers and centred labels
        assertThat(text).contains("到位市外资金 亿元 19.80 19.80 22.74 114.82% +14.82 +15.99% 28.71 1", "一、指标完成情况");
    }
}
