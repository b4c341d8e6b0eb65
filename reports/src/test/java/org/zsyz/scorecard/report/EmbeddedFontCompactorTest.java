package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rewritten file stays a valid PDF: every cross-reference offset points at its object. */
class EmbeddedFontCompactorTest {

    private static ScorecardRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new ScorecardRenderer();
    }

    @Test
    void everyCrossReferenceOffsetPointsAtItsObjectAfterTheRewrite() throws Exception {
        for (byte[] pdf : new byte[][] {
            renderer.renderUnitScorecard(SampleCity.scorecard("410711")), renderer.renderBulletin(SampleCity.bulletin())
        }) {
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF").matcher(text);
            assertThat(start.find()).isTrue();
            int xref = Integer.parseInt(start.group(1));
            assertThat(text.substring(xref)).startsWith("xref\n0 ");
            String[] header =
                    text.substring(xref + 5, text.indexOf('\n', xref + 5)).split(" ");
            int count = Integer.parseInt(header[1]);
            int entries = text.indexOf('\n', xref + 5) + 1;
            int objects = 0;
            for (int i = 1; i < count; i++) {
                String entry = text.substring(entries + 20 * i, entries + 20 * i + 20);
                if (entry.charAt(17) == 'n') {
                    int offset = Integer.parseInt(entry.substring(0, 10));
                    assertThat(text.substring(offset)).as("object %d", i).startsWith(i + " 0 obj");
                    objects++;
                }
            }
            assertThat(objects).isGreaterThan(10);
            // the font programs were compacted: no stream is stored uncompressed at ~270 KB
            assertThat(pdf.length).isLessThan(100_000);
            assertThat(PdfText.text(pdf)).isNotBlank();
        }
    }

    @Test
    void aFileWithoutTrueTypeFontsIsLeftAsItIs() {
        byte[] pdf = "%PDF-1.5\n1 0 obj\n<</Type/Catalog>>\nendobj\nxref\n0 2\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(EmbeddedFontCompactor.compact(pdf)).isSameAs(pdf);
    }
}
