package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Font configuration: bureau-supplied files are registered, and every problem fails loudly. */
class ReportFontsTest {

    @TempDir
    static Path dir;

    /** Source Han Sans SC copied out of jasperreports-fonts, standing in for a bureau's own 仿宋 file. */
    static Path cjkFontFile() throws Exception {
        Path file = dir.resolve("bureau-fangsong.ttf");
        if (!Files.exists(file)) {
            try (InputStream in =
                    ReportFontsTest.class.getResourceAsStream("/com/github/xingfudeshi/fonts/思源黑体正常_0.ttf")) {
                assertThat(in).as("jasperreports-fonts on the test class path").isNotNull();
                Files.copy(in, file);
            }
        }
        return file;
    }

    /** A Latin-only TrueType font (pdfbox ships Liberation Sans): no CJK glyphs. */
    static Path latinFontFile() throws Exception {
        Path file = dir.resolve("LiberationSans-Regular.ttf");
        if (!Files.exists(file)) {
            try (InputStream in = ReportFontsTest.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                assertThat(in).as("pdfbox's bundled Liberation Sans").isNotNull();
                Files.copy(in, file);
            }
        }
        return file;
    }

    @Test
    void missingFamilyIsNamed() {
        assertThatThrownBy(() -> new ScorecardRenderer(ReportFonts.defaults().withFamilies("方正小标宋简体", "思源黑体中粗")))
                .isInstanceOf(ReportFontException.class)
                .hasMessageContaining("'方正小标宋简体'")
                .hasMessageContaining("not registered")
                .hasMessageContaining("思源黑体正常"); // lists what is available
        assertThatThrownBy(
                        () -> new ScorecardRenderer(ReportFonts.defaults().withFamilies("思源黑体正常", "NoSuchTitleFont")))
                .isInstanceOf(ReportFontException.class)
                .hasMessageContaining("'NoSuchTitleFont' (title font)");
    }

    @Test
    void systemFontThatIsNotAnExtensionIsRejected() {
        // the JDK's logical fonts exist for AWT but cannot be embedded: they must not be accepted silently
        assertThatThrownBy(() -> new ScorecardRenderer(ReportFonts.defaults().withFamilies("SansSerif", "思源黑体中粗")))
                .isInstanceOf(ReportFontException.class)
                .hasMessageContaining("'SansSerif'");
    }

    @Test
    void missingFontFileIsNamed() {
        Path missing = dir.resolve("仿宋_GB2312.ttf");
        ReportFonts fonts = ReportFonts.defaults()
                .withFamilies("仿宋_GB2312", "思源黑体中粗")
                .withFontFile(new ReportFonts.FontFile("仿宋_GB2312", missing));
        assertThatThrownBy(() -> new ScorecardRenderer(fonts))
                .isInstanceOf(ReportFontException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("'仿宋_GB2312'")
                .hasMessageContaining("does not exist");
    }

    @Test
    void fileThatIsNotAFontIsNamed() throws Exception {
        Path notAFont = dir.resolve("not-a-font.ttf");
        Files.writeString(notAFont, "this is not a TrueType font");
        ReportFonts fonts = ReportFonts.defaults()
                .withFamilies("坏字体", "思源黑体中粗")
                .withFontFile(new ReportFonts.FontFile("坏字体", notAFont));
        assertThatThrownBy(() -> new ScorecardRenderer(fonts))
                .isInstanceOf(ReportFontException.class)
                .hasMessageContaining(notAFont.toAbsolutePath().toString())
                .hasMessageContaining("'坏字体'");
    }

    @Test
    void fontWithoutChineseGlyphsIsRejected() throws Exception {
        ReportFonts fonts =
                new ReportFonts("拉丁字体", "思源黑体中粗", List.of(new ReportFonts.FontFile("拉丁字体", latinFontFile())));
        assertThatThrownBy(() -> new ScorecardRenderer(fonts))
                .isInstanceOf(ReportFontException.class)
                .hasMessageContaining("'拉丁字体'")
                .hasMessageContaining("cannot display '示'")
                .hasMessageContaining("LiberationSans-Regular.ttf");
    }

    @Test
    void bureauFontFileIsRegisteredEmbeddedAndUsed() throws Exception {
        Path file = cjkFontFile();
        ReportFonts fonts = new ReportFonts(
                "示例仿宋",
                "示例小标宋",
                List.of(new ReportFonts.FontFile("示例仿宋", file), new ReportFonts.FontFile("示例小标宋", file, file)));
        ScorecardRenderer renderer = new ScorecardRenderer(fonts);
        assertThat(renderer.fonts().bodyFamily()).isEqualTo("示例仿宋");
        byte[] pdf = renderer.renderUnitScorecard(SampleCity.scorecard("410711"));
        assertThat(PdfText.text(pdf)).contains("牧野区（410711）", "114.82%", "+14.82");
        List<PdfText.FontUse> used = PdfText.fonts(pdf);
        // one file serves both families: a single embedded subset of it, and not the bundled Medium weight
        assertThat(used).isNotEmpty().allSatisfy(f -> {
            assertThat(f.embedded()).isTrue();
            assertThat(f.name()).matches("[A-Z]{6}\\+NotoSansHans-Regular");
        });
    }

    @Test
    void blankFamilyNamesAreRefused() {
        assertThatThrownBy(() -> new ReportFonts(" ", "思源黑体中粗", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
