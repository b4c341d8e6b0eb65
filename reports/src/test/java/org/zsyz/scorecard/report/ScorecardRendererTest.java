package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ReportStatus;

class ScorecardRendererTest {

    static ScorecardRenderer renderer;

    @BeforeAll
    static void compileOnce() {
        long start = System.nanoTime();
        renderer = new ScorecardRenderer();
        System.out.printf(
                "renderer construction (font checks + 2 template compiles): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void bulletinShowsTitleGroupsRankingAndKeyFigures() throws Exception {
        byte[] pdf = renderer.renderBulletin(SampleCity.bulletin());
        String text = PdfText.text(pdf);

        assertThat(text).contains("示例市招商引资工作成绩单（2025年1—12月）", "示例市商务局", "2026年1月8日发布");
        assertThat(text).contains("一、县市区", "二、城区", "三、开发区");
        // 城区 ranked by total: 牧野区 116.64, 红旗区 92.48, 卫滨区 70.14, 凤泉区 48.14
        assertThat(text).containsSubsequence("1 ↑1 牧野区 116.64 优秀", "2 ↓1 红旗区 92.48 优秀", "3 — 卫滨区 70.14 合格", "4 新 凤泉区");
        // the worked example of docs/method.md, with 单项排名
        assertThat(text).contains("114.82%（1）", "110.56%（1）", "158.91%（1）");
        // 县市区 order and the unit that sent no return
        assertThat(text).containsSubsequence("辉县市", "卫辉市", "获嘉县", "长垣市", "新乡县", "原阳县");
        assertThat(text).contains("原阳县 未报送");
        // the unranked unit: no rank, no 单项排名
        assertThat(text).contains("— 平原示范区 不参与排名 80.14 良好 86.00% 90.00% — 100.00%");
        // 红黑榜
        assertThat(text).contains("红榜 辉县市、卫辉市", "黑榜 原阳县", "红榜 牧野区", "黑榜 凤泉区");
        assertThat(text).contains("说明", "1. 考核指标及权重");
        assertThat(text).doesNotContain("更正版", "null");
    }

    @Test
    void everyPageIsNumberedOfTotal() throws Exception {
        List<String> pages = PdfText.pages(renderer.renderBulletin(SampleCity.bulletin()));
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("第" + (i + 1) + "页 共" + pages.size() + "页");
        }
    }

    @Test
    void tableHeaderIsRepeatedWithEachGroup() throws Exception {
        List<String> pages = PdfText.pages(renderer.renderBulletin(SampleCity.bulletin()));
        long headers = pages.stream()
                .mapToLong(p -> p.split("排名 变化 单位 总分 等次", -1).length - 1)
                .sum();
        assertThat(headers).isEqualTo(3);
    }

    @Test
    void longTableRepeatsItsHeaderOnEveryPage() throws Exception {
        Bulletin sample = SampleCity.bulletin();
        RankingRow template = sample.groups().get(1).rows().get(0);
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            rows.add(new RankingRow(
                    i,
                    "—",
                    "U" + i,
                    String.format("测试单位%02d", i),
                    template.totalScore().subtract(java.math.BigDecimal.valueOf(i)),
                    Grade.GOOD,
                    ReportStatus.REPORTED,
                    template.cells()));
        }
        Bulletin big = new Bulletin(
                "示例市",
                "示例市商务局",
                sample.period(),
                sample.publishedOn(),
                1,
                sample.indicators(),
                List.of(new GroupRanking("县市区", rows, List.of("测试单位01"), List.of("测试单位45"))),
                sample.methodNote());
        List<String> pages = PdfText.pages(renderer.renderBulletin(big));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            if (page.contains("测试单位")) {
                assertThat(page).as("page %d", i + 1).contains("排名 变化 单位 总分 等次", "一、县市区");
            }
            assertThat(page).contains("更正版（第1次更正）", "第" + (i + 1) + "页 共" + pages.size() + "页");
        }
        assertThat(String.join("\n", pages)).containsSubsequence("测试单位01", "测试单位02", "测试单位44", "测试单位45");
        // 45 bars would not read in one chart: three charts of 15, in rank order, on one value axis
        assertThat(String.join("\n", pages)).contains("一、县市区（1—15）", "一、县市区（16—30）", "一、县市区（31—45）");
        List<Map<String, ?>> charts = BulletinTemplateData.groupCharts(big);
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).get("axisMax")).isEqualTo(Math.ceil(115.64 * 1.12 / 10) * 10);
        assertThat(charts.get(0).get("axisMin")).isEqualTo(0.0);
    }

    @Test
    void januaryAndAnEmptyTrendRender() throws Exception {
        UnitScorecard s = SampleCity.scorecard("410711");
        UnitScorecard january = new UnitScorecard(
                s.cityName(),
                s.issuer(),
                java.time.YearMonth.of(2026, 1),
                java.time.LocalDate.of(2026, 2, 6),
                0,
                s.unitCode(),
                s.unitName(),
                s.groupName(),
                null,
                4,
                null,
                0,
                s.totalScore(),
                s.grade(),
                ReportStatus.LATE,
                s.indicators(),
                s.rates(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
        String text = PdfText.text(renderer.renderUnitScorecard(january));
        assertThat(text).contains("示例市招商引资工作成绩单（2026年1月）", "不参与排名", "报送状态：逾期", "本期无预警事项。", "第1页 共1页");
    }

    @Test
    void aMethodWithoutRatesLeavesTheirSectionOutAndRenumbers() throws Exception {
        UnitScorecard s = SampleCity.scorecard("410711");
        String withRates = PdfText.text(renderer.renderUnitScorecard(s));
        assertThat(withRates).contains("二、合同履约、项目开工与资金到位", "三、得分构成", "五、逐月走势", "六、预警提示");
        UnitScorecard noRates = new UnitScorecard(
                s.cityName(),
                s.issuer(),
                s.period(),
                s.publishedOn(),
                s.revision(),
                s.unitCode(),
                s.unitName(),
                s.groupName(),
                s.rank(),
                s.rankedInGroup(),
                s.rankChange(),
                s.firstStreak(),
                s.totalScore(),
                s.grade(),
                s.reportStatus(),
                s.indicators(),
                List.of(),
                s.scoreParts(),
                s.pipeline(),
                s.trend(),
                s.warnings(),
                s.projectAlerts(),
                s.alertNote(),
                "新签约合同额");
        String text = PdfText.text(renderer.renderUnitScorecard(noRates));
        assertThat(text).contains("二、得分构成", "三、项目推进情况", "四、逐月走势", "五、预警提示").doesNotContain("合同履约、项目开工", "六、预警提示", "比率");
        // the chart's legend names the charted indicator (the chart is drawn as text)
        assertThat(text).contains("新签约合同额完成率(%)").doesNotContain("到位市外资金完成率");
        assertThat(withRates).contains("到位市外资金完成率(%)");
    }

    @Test
    void revisionIsMarkedOnEveryPage() throws Exception {
        List<String> bulletin = PdfText.pages(renderer.renderBulletin(SampleCity.bulletin(2)));
        assertThat(bulletin).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).contains("更正版（第2次更正）"));

        // 原阳县 with 60 overdue projects: its scorecard runs over two pages
        UnitScorecard yuanyang = SampleCity.withAlerts(
                SampleCity.scorecards(1).stream()
                        .filter(s -> s.unitCode().equals("410725"))
                        .findFirst()
                        .orElseThrow(),
                60);
        List<String> card = PdfText.pages(renderer.renderUnitScorecard(yuanyang));
        assertThat(card).hasSize(2).allSatisfy(p -> assertThat(p).contains("更正版（第1次更正）"));
        assertThat(card.get(1)).contains("原阳县（410725）　2025年1—12月（续）", "第2页 共2页");
        // nothing is dropped: every project is listed once, across both pages
        String both = String.join("\n", card);
        for (ProjectAlert a : yuanyang.projectAlerts()) {
            assertThat(both).containsOnlyOnce(a.projectNo());
        }
    }

    @Test
    void aBusyUnitStillFitsOnOnePage() throws Exception {
        // seven indicators far behind, a deduction, and twenty overdue projects: the sample city's worst month
        UnitScorecard yuanyang = SampleCity.withAlerts(SampleCity.scorecard("410725"), 20);
        List<String> pages = PdfText.pages(renderer.renderUnitScorecard(yuanyang));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0))
                .contains(
                        "六、预警提示",
                        "需督办项目20个（超期未开工：签约满6个月仍未开工；资金未到位：签约满12个月无资金到位）",
                        "410725-2024-001",
                        "410725-2024-020",
                        "第1页 共1页");
    }

    @Test
    void unitScorecardShowsTheWorkedExampleOnOnePage() throws Exception {
        byte[] pdf = renderer.renderUnitScorecard(SampleCity.scorecard("410711"));
        List<String> pages = PdfText.pages(pdf);
        assertThat(pages).hasSize(1);
        String text = pages.get(0);
        assertThat(text)
                .contains(
                        "示例市招商引资工作成绩单（2025年1—12月）",
                        "牧野区（410711）",
                        "第1名 / 共4个",
                        "优秀",
                        "↑1",
                        "考核组别：城区",
                        "报送状态：已报送",
                        "116.64");
        // 指标 单位 年度目标 序时目标 累计完成 完成率 序时差 同比 得分 单项排名
        assertThat(text).contains("到位市外资金 亿元 19.80 19.80 22.74 114.82% +14.82 +15.99% 28.71 1");
        assertThat(text).contains("其中省外资金 亿元 18.00 18.00 19.90 110.56% +10.56 +22.84% — 1");
        assertThat(text).contains("实际利用外资 万美元 2699.00 2699.00 4289.00 158.91% +58.91 +23.25% 18.00 1");
        assertThat(text).contains("新签约亿元以上项目 个 6 6 7 116.67%");
        // the three rates
        assertThat(text)
                .contains(
                        "合同履约率 9 ÷ 9（个） 100.00% 100.00% 7.00 / 7.00 1",
                        "项目开工率 8 ÷ 9（个） 88.89% 80.00% 10.00 / 10.00 1",
                        "资金到位率 11.60 ÷ 33.80（亿元） 34.32% 30.00% 8.00 / 8.00 1");
        // 得分构成 with formulas and the total
        assertThat(text)
                .contains("到位市外资金 28.71 25 × min(22.735 ÷ 19.8, 1.2) = 28.71", "加分：500强及10亿元以上项目 +4.00", "合计 116.64");
        // pipeline by status and category, chart, warnings
        assertThat(text).contains("按项目状态", "按产业类别", "已开工", "工业", "合计 16 33.80", "五、逐月走势", "本期无预警事项。");
        // the chart's labels are real text too
        assertThat(text).contains("到位市外资金完成率(%)", "组内排名", "月份");
        assertThat(text).contains("第1页 共1页").doesNotContain("null", "更正版");
    }

    @Test
    void consecutiveFirstPlacesAreShown() throws Exception {
        String huixian = PdfText.text(renderer.renderUnitScorecard(SampleCity.scorecard("410782")));
        assertThat(huixian).contains("第1名 / 共6个", "连冠：3个月");
        String muye = PdfText.text(renderer.renderUnitScorecard(SampleCity.scorecard("410711")));
        assertThat(muye).contains("连冠：—");
    }

    @Test
    void unrankedUnitAndMissingTargetsShowDashes() throws Exception {
        String pingyuan = PdfText.text(renderer.renderUnitScorecard(SampleCity.scorecard("PY01")));
        assertThat(pingyuan).contains("平原示范区（PY01）", "不参与排名");
        // a target but no figure reported: 累计完成, 完成率, 序时差, 同比, 得分 "—"; unranked: no 单项排名
        assertThat(pingyuan).contains("实际利用外资 万美元 1000.00 1000.00 — — — — — —");

        String jingkai = PdfText.text(renderer.renderUnitScorecard(SampleCity.scorecard("JK01")));
        // no 实际利用外资 target: target, 序时目标, 完成率, 序时差, 同比 and score are all "—"
        assertThat(jingkai).contains("实际利用外资 万美元 — — 960.00 — — — — —");

        String yuanyang = PdfText.text(renderer.renderUnitScorecard(SampleCity.scorecard("410725")));
        assertThat(yuanyang).contains("报送状态：未报送", "扣分：未报送 -2.00", "严重滞后");
    }

    @Test
    void fontsAreEmbeddedSubsets() throws Exception {
        for (byte[] pdf : List.of(
                renderer.renderBulletin(SampleCity.bulletin()),
                renderer.renderUnitScorecard(SampleCity.scorecard("410711")))) {
            List<PdfText.FontUse> fonts = PdfText.fonts(pdf);
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.embedded()).as("%s embedded", f.name()).isTrue();
                assertThat(f.name()).as("subset prefix").matches("[A-Z]{6}\\+.+");
            });
            assertThat(fonts)
                    .extracting(PdfText.FontUse::name)
                    .anySatisfy(n -> assertThat(n).endsWith("NotoSansHans-Regular"))
                    .anySatisfy(n -> assertThat(n).endsWith("NotoSansHans-Medium"));
        }
    }

    @Test
    void embeddedFontProgramsKeepOnlyTheUsedGlyphsMetricsAndAreDeflatedOnceAtTheFastestLevel() throws Exception {
        // OpenPDF keeps all 65,535 glyph numbers in a subset; the metrics of the glyphs it left out are cleared
        // (EmbeddedFontCompactor), and the program is deflated once, at level 1
        Map<String, String> sources = Map.of(
                "NotoSansHans-Regular", "com/github/xingfudeshi/fonts/思源黑体正常_0.ttf",
                "NotoSansHans-Medium", "com/github/xingfudeshi/fonts/思源黑体中粗.ttf");
        for (byte[] pdf : List.of(
                renderer.renderUnitScorecard(SampleCity.scorecard("410711")),
                renderer.renderBulletin(SampleCity.bulletin()))) {
            List<PdfText.FontProgram> programs = PdfText.fontPrograms(pdf);
            assertThat(programs).hasSize(2).allSatisfy(f -> {
                assertThat(f.deflatedLength())
                        .as("%s deflated at level 1", f.name())
                        .isEqualTo(deflated(f.program(), Deflater.BEST_SPEED))
                        .isLessThan(f.program().length / 8);
                String source = sources.get(f.name().substring(7));
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(source);
                        org.apache.fontbox.ttf.TrueTypeFont original = new org.apache.fontbox.ttf.TTFParser()
                                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
                        org.apache.fontbox.ttf.TrueTypeFont embedded = new org.apache.fontbox.ttf.TTFParser(true)
                                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(f.program()))) {
                    assertThat(embedded.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
                    int kept = 0;
                    for (int gid = 0; gid < embedded.getNumberOfGlyphs(); gid++) {
                        var glyph = embedded.getGlyph().getGlyph(gid);
                        boolean outlined = glyph != null && glyph.getNumberOfContours() != 0;
                        if (gid == 0 || outlined) {
                            kept++;
                            assertThat(embedded.getAdvanceWidth(gid))
                                    .as("%s glyph %d", f.name(), gid)
                                    .isEqualTo(original.getAdvanceWidth(gid));
                        } else {
                            assertThat(embedded.getAdvanceWidth(gid))
                                    .as("%s unused glyph %d", f.name(), gid)
                                    .isZero();
                        }
                    }
                    assertThat(kept).as("glyphs kept").isBetween(20, 2_000);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aOnePageScorecardIsSmall() throws Exception {
        byte[] pdf = renderer.renderUnitScorecard(SampleCity.scorecard("410711"));
        // 75,883 bytes when measured (OpenPDF's subsets with every glyph's metrics: about 150 KB)
        assertThat(pdf.length).as("bytes of the sample city's scorecard").isLessThan(80_000);
        assertThat(PdfText.text(pdf)).contains("410711");
    }

    private static int deflated(byte[] bytes, int level) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater)) {
            zip.write(bytes);
        } finally {
            deflater.end();
        }
        return out.size();
    }

    @Test
    void sameInputsGiveIdenticalBytesAndPublicationDates() throws Exception {
        Bulletin b = SampleCity.bulletin();
        assertThat(renderer.renderBulletin(b)).isEqualTo(renderer.renderBulletin(b));
        UnitScorecard s = SampleCity.scorecard("410711");
        byte[] pdf = renderer.renderUnitScorecard(s);
        assertThat(renderer.renderUnitScorecard(s)).isEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).contains("牧野区");
            assertThat(info.getAuthor()).isEqualTo("示例市商务局");
            Calendar created = info.getCreationDate();
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2026);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.JANUARY);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(8);
            assertThat(info.getModificationDate()).isEqualTo(created);
        }
        // different content gives different subset tags and file identifier
        assertThat(renderer.renderUnitScorecard(SampleCity.scorecard("410702"))).isNotEqualTo(pdf);
    }

    @Test
    void bytesDoNotDependOnTheDefaultTimeZoneOrLocale() {
        UnitScorecard s = SampleCity.scorecard("410711");
        byte[] reference = renderer.renderUnitScorecard(s);
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(renderer.renderUnitScorecard(s)).isEqualTo(reference);
        } finally {
            java.util.TimeZone.setDefault(zone);
            java.util.Locale.setDefault(locale);
        }
    }

    @Test
    void tooManyIndicatorColumnsAreRefused() {
        Bulletin wide = widened(SampleCity.bulletin(), 21);
        assertThatThrownBy(() -> renderer.renderBulletin(wide))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 indicator columns")
                .hasMessageContaining("at most 30");
    }

    @Test
    void moreIndicatorsThanOneRowHoldsWrapOntoASecondRow() throws Exception {
        Bulletin wide = widened(SampleCity.bulletin(), 4);
        byte[] pdf = renderer.renderBulletin(wide);
        String text = PdfText.text(pdf);
        // the heads of the second row follow those of the first, and each unit's extra cells follow its first ten
        assertThat(text).containsSubsequence("资金到位率", "附加指标1", "附加指标4");
        // the unit's name sits centred between its two rows of cells
        assertThat(text)
                .containsSubsequence("114.82%（1）", "158.91%（1）", "牧野区 116.64 优秀", "101.00%（1）", "104.00%（4）", "红旗区");
        // still one table per group on landscape A4: a few more lines, not a page per unit
        int narrowPages =
                PdfText.pages(renderer.renderBulletin(SampleCity.bulletin())).size();
        assertThat(PdfText.pages(pdf)).hasSizeLessThanOrEqualTo(narrowPages + 1);
    }

    /** The sample bulletin with {@code extra} more indicator columns: 附加指标k, each unit at 100+k % ranked k. */
    static Bulletin widened(Bulletin b, int extra) {
        List<IndicatorHeading> headings = new ArrayList<>(b.indicators());
        for (int k = 1; k <= extra; k++) {
            headings.add(new IndicatorHeading("X" + k, "附加指标" + k));
        }
        List<GroupRanking> groups = new ArrayList<>();
        for (GroupRanking g : b.groups()) {
            List<RankingRow> rows = new ArrayList<>();
            for (RankingRow r : g.rows()) {
                List<IndicatorCell> cells = new ArrayList<>(r.cells());
                for (int k = 1; k <= extra; k++) {
                    cells.add(
                            new IndicatorCell("X" + k, new BigDecimal("1.00").add(BigDecimal.valueOf(k, 2)), k, null));
                }
                rows.add(new RankingRow(
                        r.rank(),
                        r.rankChange(),
                        r.unitCode(),
                        r.unitName(),
                        r.totalScore(),
                        r.grade(),
                        r.reportStatus(),
                        cells));
            }
            groups.add(new GroupRanking(g.groupName(), rows, g.redList(), g.blackList()));
        }
        return new Bulletin(
                b.cityName(), b.issuer(), b.period(), b.publishedOn(), b.revision(), headings, groups, b.methodNote());
    }

    @Test
    void rendersConcurrentlyWithTheSameResultAsSequentially() throws Exception {
        List<UnitScorecard> cards = SampleCity.scorecards();
        List<byte[]> sequential = new ArrayList<>();
        for (UnitScorecard c : cards) {
            sequential.add(renderer.renderUnitScorecard(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (UnitScorecard c : cards) {
                futures.add(pool.submit(() -> renderer.renderUnitScorecard(c)));
            }
            Future<byte[]> bulletin = pool.submit(() -> renderer.renderBulletin(SampleCity.bulletin()));
            for (int i = 0; i < cards.size(); i++) {
                assertThat(futures.get(i).get()).as(cards.get(i).unitName()).isEqualTo(sequential.get(i));
            }
            assertThat(bulletin.get()).isEqualTo(renderer.renderBulletin(SampleCity.bulletin()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesFilesUnderTheGivenNames(@TempDir Path dir) throws Exception {
        Bulletin b = SampleCity.bulletin();
        Path bulletin = dir.resolve("out/2025-12").resolve(ScorecardRenderer.bulletinFileName(b));
        renderer.writeBulletin(b, bulletin);
        assertThat(bulletin.getFileName().toString()).isEqualTo("全市成绩单-2025-12.pdf");
        UnitScorecard s = SampleCity.scorecard("410711");
        Path card = dir.resolve(s.fileName());
        renderer.writeUnitScorecard(s, card);
        assertThat(card.getFileName().toString()).isEqualTo("410711-牧野区-2025-12.pdf");
        for (Path p : List.of(bulletin, card)) {
            byte[] bytes = Files.readAllBytes(p);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            assertThat(PdfText.text(bytes)).contains("示例市招商引资工作成绩单");
        }
    }

    @Test
    void rejectsRowsThatDoNotMatchTheColumns() {
        Bulletin b = SampleCity.bulletin();
        Bulletin broken = new Bulletin(
                b.cityName(),
                b.issuer(),
                b.period(),
                b.publishedOn(),
                0,
                b.indicators().subList(0, 3),
                b.groups(),
                b.methodNote());
        assertThatThrownBy(() -> renderer.renderBulletin(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("410782")
                .hasMessageContaining("indicator columns");
    }

    @Test
    void warmRendersGiveTheSameBytesAsTheFirstAndPrintTheirCost() {
        // the cost is printed, not asserted (shared CI machines are too noisy for a timing assertion); what is
        // asserted is that nothing kept between documents (compiled code, the fonts OpenPDF shares between
        // documents) changes one: a fresh renderer's first scorecard and the fiftieth of a warm one are identical
        UnitScorecard s = SampleCity.scorecard("410711");
        byte[] first = new ScorecardRenderer().renderUnitScorecard(s);
        for (int i = 0; i < 20; i++) {
            renderer.renderUnitScorecard(s);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 30;
        byte[] last = null;
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            last = renderer.renderUnitScorecard(s);
        }
        cpu = mx.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        System.out.printf(
                "unit scorecard fill + PDF export, warm: %.1f ms CPU, %.1f ms wall each%n",
                cpu / n / 1e6, wall / n / 1e6);
        long bCpu = mx.getCurrentThreadCpuTime();
        renderer.renderBulletin(SampleCity.bulletin());
        System.out.printf(
                "bulletin (2 pages) fill + PDF export, warm: %.1f ms CPU%n",
                (mx.getCurrentThreadCpuTime() - bCpu) / 1e6);
        assertThat(last).isEqualTo(first);
    }
}
