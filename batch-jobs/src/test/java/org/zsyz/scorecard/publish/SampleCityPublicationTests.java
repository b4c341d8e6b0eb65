package org.zsyz.scorecard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mockito.Mockito;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.zsyz.scorecard.assess.DefaultMethod;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.report.PdfText;
import org.zsyz.scorecard.report.ReportRenderingException;
import org.zsyz.scorecard.report.ScorecardRenderer;
import org.zsyz.scorecard.report.ScorecardWorkbookWriter;
import org.zsyz.scorecard.report.UnitScorecard;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleScale;
import org.zsyz.scorecard.sample.SampleUnit;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The sample city (示例市, 13 units in three groups) through the real jobs — targets and returns imported,
 * months assessed, the monthly job publishing 2025-03 with three render partitions — and its publication read
 * back: every figure of the bulletin, the unit scorecards and the Excel export against the database, the fonts,
 * the manifest; then a unit's late return, a revision whose rendering fails half-way (the published set must
 * stay as it was), its restart, and determinism. Runs on H2 and MariaDB.
 */
@ScorecardTest
@TestPropertySource(properties = "scorecard.publish.render-threads=3")
@Import(SampleCityClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SampleCityPublicationTests {

    static final YearMonth PERIOD = YearMonth.of(2025, 3);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The run's clock: the documents say 2025年4月15日发布, whatever day the tests run. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2025, 4, 15, 10, 0, 0, 0, ZONE);

    static final String REVISION_MARK = "更正版（第1次更正）";

    static final Path home = WorkingFolder.of(SampleCityPublicationTests.class);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    ScorecardAssembler assembler;

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    DataSource dataSource;

    /** The real renderer; the revision test makes it fail on one unit. */
    @MockitoSpyBean
    ScorecardRenderer renderer;

    JdbcTemplate jdbc;
    SampleCityGenerator generator;
    Path outRoot;
    Path out;
    JobExecution firstRun;
    /** The first publication as it came out, file by file. */
    Map<String, byte[]> firstPublication;

    @BeforeAll
    void theSampleCityIsImportedAssessedAndPublished() throws Exception {
        DatabaseCleaner.clean(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        for (String folder : List.of("inbox", "archive", "rejected", "out")) {
            PublishedFiles.deleteTree(home.resolve(folder));
        }
        // latest period April: the generator's unit without a return (南浦县) misses March, the month published
        generator = new SampleCityGenerator(SampleScale.CITY, SampleCityGenerator.DEFAULT_SEED, PERIOD.plusMonths(1));
        // last year's month (for 同比), last month (for the rank change; the missing unit's figures) and the month
        SampleCityFiles.copy(generator, home, List.of(PERIOD.minusYears(1), PERIOD.minusMonths(1), PERIOD));
        for (int year : List.of(2024, 2025)) {
            completed(operations.importTargets(SampleCityGenerator.targetsFile(home, year), year));
        }
        completed(operations.importReturns(PERIOD.minusYears(1), null));
        completed(operations.importReturns(PERIOD.minusMonths(1), null));
        completed(operations.assess(PERIOD.minusMonths(1)));
        firstRun = completed(operations.monthly(PERIOD, null, false));
        outRoot = home.resolve("out");
        out = outRoot.resolve(PERIOD.toString());
        firstPublication = PublishedFiles.snapshot(out);
    }

    /** Leaves the database as it found it for the next build's tests (the mapper tests expect it empty). */
    @AfterAll
    void removeTheWorkingFolderAndTheData() throws Exception {
        DatabaseCleaner.clean(dataSource);
        PublishedFiles.deleteTree(home);
    }

    static JobExecution completed(JobExecution run) {
        assertThat(run.getStatus())
                .as(run.getJobInstance().getJobName() + " " + run.getExitStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    // ------------------------------------------------------------------------------------------ the bulletin

    @Test
    @Order(1)
    void theBulletinRanksEveryGroupAsTheDatabaseDoesWithEveryFigure() throws Exception {
        List<String> pages = PdfText.pages(out.resolve("全市成绩单-2025-03.pdf"));
        String text = String.join("\n", pages);

        assertThat(pages.get(0)).startsWith("示例市招商引资工作成绩单（2025年1—3月）\n示例市商务局　　2025年4月15日发布\n");
        assertThat(text)
                .contains(
                        "颜色说明（按序时差）",
                        "≥0 达序时",
                        "0～−10 基本达序时",
                        "−10～−30 低于序时",
                        "<−30 严重滞后",
                        "一、县市区 参与排名 6 个",
                        "二、城区 参与排名 4 个",
                        "三、开发区 参与排名 2 个，不参与排名 1 个",
                        "各组总分",
                        "说明",
                        "计分权重：到位市外资金25分",
                        "本期为2025年1—3月累计，序时进度25.00%")
                .doesNotContain("null", "更正版");
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("第" + (p + 1) + "页 共" + pages.size() + "页");
        }

        // each unit's row, in the database's order: rank, change, name, total, grade and the ten rates with ranks
        List<UnitRow> units = unitRows();
        assertThat(units).hasSize(13);
        int previous = -1;
        for (UnitRow u : units) {
            String row = u.bulletinRow(indicatorRows(u.code()));
            int at = text.indexOf(row);
            assertThat(at).as("bulletin row of %s:%n%s", u.name(), row).isGreaterThan(previous);
            previous = at;
        }
        // 红黑榜 as stored
        for (String group : List.of("县市区", "城区", "开发区")) {
            List<String> red = jdbc.queryForList(
                    "SELECT unit_name FROM unit_score WHERE period = ? AND group_name = ? "
                            + "AND list_mark = 'RED' ORDER BY group_rank",
                    String.class,
                    PERIOD.toString(),
                    group);
            List<String> black = jdbc.queryForList(
                    "SELECT unit_name FROM unit_score WHERE period = ? AND group_name = ? "
                            + "AND list_mark = 'BLACK' ORDER BY group_rank DESC",
                    String.class,
                    PERIOD.toString(),
                    group);
            assertThat(red).isNotEmpty();
            assertThat(text).contains("红榜 " + String.join("、", red) + " 黑榜 " + String.join("、", black));
        }
        // the unit that sent nothing is marked; the unit kept out of the ranking is shown without a rank
        assertThat(text).contains("南浦县 未报送", "— 示例综合保税区 不参与排名");
    }

    // ------------------------------------------------------------------------------------- unit scorecards

    @Test
    @Order(2)
    void everyUnitScorecardShowsItsFiguresOnOnePage() throws Exception {
        for (UnitRow u : unitRows()) {
            Path pdf = out.resolve(OutputFileNames.unitScorecard(u.code(), u.name(), PERIOD));
            List<String> pages = PdfText.pages(pdf);
            assertThat(pages).as(pdf.getFileName().toString()).hasSize(1);
            String text = pages.get(0);
            assertThat(text)
                    .startsWith(
                            "示例市招商引资工作成绩单（2025年1—3月）\n" + u.name() + "（" + u.code() + "）\n" + "示例市商务局　　2025年4月15日发布\n");
            assertThat(text)
                    .contains(
                            u.total() + " " + u.rankText() + " " + u.grade() + " " + u.changeText(),
                            "考核组别：" + u.group(),
                            "报送状态：" + u.statusText(),
                            "报告期：2025年1—3月",
                            "第1页 共1页")
                    .doesNotContain("null");
            Map<Indicator, IndicatorRow> figures = indicatorRows(u.code());
            for (Indicator i : IndicatorCatalogue.DEFAULT.withTargets()) {
                assertThat(text)
                        .as("%s %s", u.name(), i)
                        .contains(figures.get(i).scorecardLine());
            }
            for (Indicator i : IndicatorCatalogue.DEFAULT.rates()) {
                assertThat(text)
                        .as("%s %s", u.name(), i)
                        .contains(figures.get(i).rateLine());
            }
            assertThat(text).contains("合计 " + u.total() + " 各项得分与加减分之和");

            // the pipeline's totals are the ledger the unit was assessed on
            Long ledger = u.submissionId() != null
                    ? u.submissionId()
                    : submissions.findLatestCountingUpTo(u.code(), PERIOD).id();
            Map<String, Object> tally = jdbc.queryForMap(
                    "SELECT COUNT(*) AS n, SUM(contract_amount) AS amount "
                            + "FROM ledger_project WHERE submission_id = ?",
                    ledger);
            String total = "合计 " + tally.get("n") + " " + money((BigDecimal) tally.get("amount"));
            assertThat(text.split(total, -1))
                    .as("status and category totals of %s", u.name())
                    .hasSize(3);

            // 预警: the indicators far behind in one sentence, every project to follow up listed
            List<Map<String, Object>> warnings = jdbc.queryForList(
                    "SELECT kind, indicator_code, project_no "
                            + "FROM assessment_warning WHERE period = ? AND unit_code = ? ORDER BY seq_no",
                    PERIOD.toString(),
                    u.code());
            Set<String> projects = new LinkedHashSet<>();
            for (Map<String, Object> w : warnings) {
                if ("RED_INDICATOR".equals(w.get("kind"))) {
                    assertThat(text).contains("严重滞后（序时差低于−30个百分点）的指标");
                    assertThat(text)
                            .contains(Indicator.ofCode((String) w.get("indicator_code"))
                                            .orElseThrow()
                                            .fullName()
                                    + figures.get(Indicator.ofCode((String) w.get("indicator_code"))
                                                    .orElseThrow())
                                            .rate());
                } else if (w.get("project_no") != null) {
                    projects.add((String) w.get("project_no"));
                }
            }
            if (projects.isEmpty()) {
                assertThat(text).doesNotContain("需督办项目");
            } else {
                assertThat(text).contains("需督办项目" + projects.size() + "个（超期未开工：签约满6个月仍未开工");
                projects.forEach(p -> assertThat(text).containsOnlyOnce(p + " "));
            }
            if (warnings.isEmpty()) {
                assertThat(text).contains("本期无预警事项。");
            }
            // the ladder step leads the 预警 when the unit is not green (docs/method.md, The warning ladder)
            List<String> bands = jdbc.queryForList(
                    "SELECT DISTINCT colour_band FROM indicator_result WHERE period = ? AND unit_code = ?",
                    String.class,
                    PERIOD.toString(),
                    u.code());
            if (bands.contains("RED")) {
                assertThat(text).as(u.name()).contains("预警等级：红灯（有指标严重滞后");
            } else if (bands.contains("YELLOW")) {
                assertThat(text).as(u.name()).containsPattern("预警等级：(黄灯（有指标低于序时）|红灯（黄灯已连续)");
            } else {
                assertThat(text).as(u.name()).doesNotContain("预警等级");
            }
        }
    }

    @Test
    @Order(3)
    void aUnitThatSentNothingShowsLastMonthsFiguresAndItsDeduction() throws Exception {
        String text = PdfText.pages(out.resolve("419924-南浦县-2025-03.pdf")).get(0);
        assertThat(text).contains("报送状态：未报送", "扣分 -2.00 本期未报送，按2025-02报表数据列示，扣2分");
        // its trend has a point for each month assessed this year
        assertThat(text).contains("五、逐月走势", "到位市外资金完成率(%)", "组内排名");
    }

    // ------------------------------------------------------------------------------------ fonts, manifest

    @Test
    @Order(4)
    void everyPdfEmbedsSubsetCjkFonts() throws Exception {
        List<String> pdfs = firstPublication.keySet().stream()
                .filter(n -> n.endsWith(".pdf"))
                .toList();
        assertThat(pdfs).hasSize(14);
        for (String name : pdfs) {
            List<PdfText.FontUse> fonts = PdfText.fonts(firstPublication.get(name));
            assertThat(fonts).as(name).isNotEmpty().allSatisfy(f -> {
                assertThat(f.embedded()).as(name + " " + f.name()).isTrue();
                assertThat(f.name()).as(name).matches("[A-Z]{6}\\+NotoSansHans-(Regular|Medium)");
            });
        }
    }

    @Test
    @Order(5)
    void theManifestListsEveryFileWithItsSha256AndTheDatabaseRecordsIt() throws Exception {
        String manifest = new String(firstPublication.get(PublicationService.MANIFEST), StandardCharsets.UTF_8);
        Map<String, String> listed = new HashMap<>();
        manifest.lines().forEach(line -> listed.put(line.substring(66), line.substring(0, 64)));
        Map<String, String> actual = new HashMap<>();
        firstPublication.forEach((name, bytes) -> {
            if (!name.equals(PublicationService.MANIFEST)) {
                actual.put(name, PublishedFiles.sha256(bytes));
            }
        });
        assertThat(listed).isEqualTo(actual).hasSize(14 + 1);
        assertThat(manifest).matches("(?s)([0-9a-f]{64}  [^\n]+\n)+"); // sha256sum -c reads it
        assertThat(jdbc.queryForList(
                        "SELECT file_name FROM publication_file f JOIN publication p ON p.id = f.publication_id "
                                + "WHERE p.period = ? AND p.revision = 0",
                        String.class,
                        PERIOD.toString()))
                .containsExactlyInAnyOrderElementsOf(firstPublication.keySet());
    }

    // -------------------------------------------------------------------------------------------- the xlsx

    @Test
    @Order(6)
    void theWorkbookHoldsTheDatabaseFiguresAsNumbers() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve(ScorecardWorkbookWriter.fileName(PERIOD)));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet ranking = workbook.getSheet("排名");
            assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ranking.getCTWorksheet().getAutoFilter()).isNotNull();
            assertThat(ranking.getRow(1).getCell(6).getStringCellValue()).isEqualTo("其中加分");
            assertThat(ranking.getRow(1).getCell(10).getStringCellValue()).isEqualTo("到位市外资金完成率");
            List<UnitRow> units = unitRows();
            for (int r = 0; r < units.size(); r++) {
                UnitRow u = units.get(r);
                Row row = ranking.getRow(2 + r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(u.group());
                assertInteger(row.getCell(1), u.rank());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(u.code());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(u.name());
                assertNumber(row.getCell(5), u.totalScore(), "0.00");
                assertNumber(row.getCell(6), u.bonus(), "+0.00;-0.00;0.00");
                assertNumber(row.getCell(7), u.deduction().negate(), "+0.00;-0.00;0.00");
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(u.grade());
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo(u.statusText());
                Map<Indicator, IndicatorRow> figures = indicatorRows(u.code());
                int c = 10;
                for (Indicator i : IndicatorCatalogue.DEFAULT.all()) {
                    assertNumber(row.getCell(c++), figures.get(i).completionRate(), "0.00%");
                    assertInteger(row.getCell(c++), figures.get(i).rank());
                }
            }
            assertThat(ranking.getLastRowNum()).isEqualTo(1 + units.size());

            XSSFSheet detail = workbook.getSheet("明细");
            assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
            assertThat(detail.getCTWorksheet().getAutoFilter()).isNotNull();
            int rows = 0;
            for (Row row : detail) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                rows++;
                IndicatorRow db = indicatorRows(row.getCell(1).getStringCellValue())
                        .get(Indicator.ofCode(row.getCell(3).getStringCellValue())
                                .orElseThrow());
                if (db.indicator().hasTarget()) {
                    assertNumber(row.getCell(6), db.target(), null);
                    assertNumber(row.getCell(7), db.scheduleTarget(), null);
                    assertNumber(row.getCell(8), db.ytd(), null);
                    assertNumber(row.getCell(10), db.gap(), "+0.00;-0.00;0.00");
                    assertNumber(row.getCell(11), db.yoy(), "+0.00%;-0.00%;0.00%");
                } else {
                    assertNumber(row.getCell(16), db.numerator(), null);
                    assertNumber(row.getCell(17), db.denominator(), null);
                }
                assertNumber(row.getCell(9), db.completionRate(), "0.00%");
                assertNumber(row.getCell(12), db.score(), "0.00");
                assertNumber(row.getCell(13), db.weight(), "0.00");
                assertInteger(row.getCell(14), db.rank());
            }
            assertThat(rows).isEqualTo(13 * IndicatorCatalogue.DEFAULT.size());
        }
    }

    /** A numeric cell holding exactly the database's value (or an empty cell for none), shown with the format. */
    @Test
    @Order(6)
    void theWorkbooksScorecardsAreTheFullScorecardsWithoutLedgerTrendAndWarnings() {
        LocalDate publishedOn = NOW.toLocalDate();
        List<UnitScorecard> workbook = assembler.workbookScorecards(PERIOD, publishedOn, 0);
        assertThat(workbook)
                .extracting(UnitScorecard::unitCode)
                .containsExactlyElementsOf(assembler.unitCodes(PERIOD))
                .hasSize(13);
        for (UnitScorecard s : workbook) {
            UnitScorecard full = assembler.unitScorecard(PERIOD, s.unitCode(), publishedOn, 0);
            assertThat(full.indicators()).isNotEmpty();
            assertThat(s)
                    .isEqualTo(new UnitScorecard(
                            full.cityName(),
                            full.issuer(),
                            full.period(),
                            full.publishedOn(),
                            full.revision(),
                            full.unitCode(),
                            full.unitName(),
                            full.groupName(),
                            full.rank(),
                            full.rankedInGroup(),
                            full.rankChange(),
                            full.firstStreak(),
                            full.totalScore(),
                            full.grade(),
                            full.reportStatus(),
                            full.indicators(),
                            full.rates(),
                            full.scoreParts(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            null));
        }
        // a unit with 加分 or 扣分 lines is among them, so the adjustments are compared too
        assertThat(workbook)
                .anyMatch(s -> s.scoreParts().stream().anyMatch(p -> p.label().equals("扣分")));
    }

    static void assertNumber(Cell cell, BigDecimal expected, String format) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                    .as("blank cell")
                    .isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString()).isEqualTo(expected.doubleValue());
        if (format != null) {
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
        }
    }

    static void assertInteger(Cell cell, Integer expected) {
        assertNumber(cell, expected == null ? null : BigDecimal.valueOf(expected), "0");
    }

    // ---------------------------------------------------------------------------- revision, failure, restart

    @Test
    @Order(7)
    void aRevisionThatFailsHalfWayLeavesThePublishedSetUntouchedAndItsRestartPublishesIt() throws Exception {
        // 南浦县 sends its March return after the publication: a revision is due
        SampleUnit nanpu = generator.units().stream()
                .filter(u -> u.code().equals("419924"))
                .findFirst()
                .orElseThrow();
        SampleCityFiles.writeReturn(
                generator.returns(nanpu).get(PERIOD),
                SampleCityGenerator.returnFile(home, PERIOD, nanpu.code()),
                ZonedDateTime.of(2025, 4, 12, 16, 30, 0, 0, ZONE).toInstant());
        // rendering breaks on the last unit (the last of the third range), after the other ranges have finished
        String victim = "419973";
        doThrow(new ReportRenderingException("测试：渲染失败", null))
                .when(renderer)
                .writeUnitScorecard(argThat(card -> card != null && victim.equals(card.unitCode())), any());

        JobExecution failed = operations.monthly(PERIOD, null, true);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertSameFiles(PublishedFiles.snapshot(out), firstPublication);
        try (Stream<Path> folders = Files.list(outRoot)) {
            assertThat(folders.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2025-03", ".staging");
        }
        assertThat(jdbc.queryForList(
                        "SELECT revision FROM publication WHERE period = ?", Integer.class, PERIOD.toString()))
                .containsExactly(0);

        Mockito.reset(renderer);
        JobExecution restart = completed(operations.monthly(PERIOD, null, true));

        assertThat(restart.getJobInstance().getInstanceId())
                .isEqualTo(failed.getJobInstance().getInstanceId());
        // only the failed range ran again, and only from its last committed chunk: one scorecard
        List<StepExecution> ranges = restart.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("renderUnitScorecardRange:"))
                .toList();
        assertThat(ranges).extracting(StepExecution::getStepName).containsExactly("renderUnitScorecardRange:range2");
        assertThat(ranges.get(0).getWriteCount()).isEqualTo(1);

        // the earlier set is kept as it was; the revision is in place, marked on every page
        assertSameFiles(PublishedFiles.snapshot(outRoot.resolve("2025-03.rev0")), firstPublication);
        try (Stream<Path> folders = Files.list(outRoot);
                Stream<Path> staging = Files.list(outRoot.resolve(".staging"))) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("2025-03", "2025-03.rev0", ".staging");
            assertThat(staging).isEmpty();
        }
        Map<String, byte[]> revision = PublishedFiles.snapshot(out);
        assertThat(revision.keySet()).isEqualTo(firstPublication.keySet());
        for (Map.Entry<String, byte[]> file : revision.entrySet()) {
            if (file.getKey().endsWith(".pdf")) {
                assertThat(PdfText.pages(file.getValue()))
                        .as(file.getKey())
                        .allSatisfy(page -> assertThat(page).contains(REVISION_MARK));
            }
        }
        assertThat(PdfText.pages(revision.get("419924-南浦县-2025-03.pdf")).get(0)).contains("报送状态：逾期", "扣分 -1.00 逾期报送");
        String manifest = new String(revision.get(PublicationService.MANIFEST), StandardCharsets.UTF_8);
        revision.forEach((name, bytes) -> {
            if (!name.equals(PublicationService.MANIFEST)) {
                assertThat(manifest).contains(PublishedFiles.sha256(bytes) + "  " + name + "\n");
            }
        });
        assertThat(jdbc.queryForList(
                        "SELECT revision FROM publication WHERE period = ? ORDER BY revision",
                        Integer.class,
                        PERIOD.toString()))
                .containsExactly(0, 1);
    }

    static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(Arrays.equals(actual.get(name), expected.get(name)))
                    .as("%s is byte for byte the same", name)
                    .isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------- determinism

    @Test
    @Order(8)
    void theSameResultsRenderToTheSameBytesWhoeverRendersThemAndWhen() throws Exception {
        // the revision's files came from two job executions and three threads; render them all again, here and now
        LocalDate publishedOn = NOW.toLocalDate();
        List<UnitScorecard> cards = new ArrayList<>();
        for (String code : assembler.unitCodes(PERIOD)) {
            UnitScorecard card = assembler.unitScorecard(PERIOD, code, publishedOn, 1);
            cards.add(card);
            assertThat(Arrays.equals(
                            renderer.renderUnitScorecard(card),
                            Files.readAllBytes(
                                    out.resolve(OutputFileNames.unitScorecard(code, card.unitName(), PERIOD)))))
                    .as(code)
                    .isTrue();
        }
        var bulletin = assembler.bulletin(PERIOD, publishedOn, 1);
        assertThat(Arrays.equals(
                        renderer.renderBulletin(bulletin), Files.readAllBytes(out.resolve("全市成绩单-2025-03.pdf"))))
                .isTrue();
        assertThat(Arrays.equals(
                        new ScorecardWorkbookWriter().render(bulletin, cards),
                        Files.readAllBytes(out.resolve("成绩单-2025-03.xlsx"))))
                .isTrue();
        // no time of day anywhere: the documents' dates are the publication date
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(out.resolve("全市成绩单-2025-03.pdf")))) {
            Instant created = pdf.getDocumentInformation().getCreationDate().toInstant();
            assertThat(created.atZone(ZONE).toLocalDate()).isEqualTo(publishedOn);
            assertThat(created.atZone(ZONE).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        }
    }

    // ---------------------------------------------------------------------------------------------- speed

    @Test
    @Order(9)
    void renderingInPartitionsIsMeasured() throws Exception {
        // a revision needs something new since the last one: the bureau installs the year's method file (the
        // defaults, written out); assessing again with nothing new is refused
        assertThatThrownBy(() -> operations.assess(PERIOD))
                .isInstanceOf(ScorecardOperations.AlreadyPublishedException.class)
                .hasMessageContaining("因此不评估");
        Path method = home.resolve("rules").resolve("assessment-2025.yml");
        Files.createDirectories(method.getParent());
        Files.writeString(method, DefaultMethod.text(2025) + "\n# 自 2025 年 3 月起按本文件评估\n", StandardCharsets.UTF_8);
        completed(operations.assess(PERIOD));
        JobExecution publish = completed(operations.publish(PERIOD, true));
        Files.delete(method);
        StepExecution partitioned = publish.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("renderUnitScorecards"))
                .findFirst()
                .orElseThrow();
        long partitions = publish.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("renderUnitScorecardRange:"))
                .count();
        Duration parallel = Duration.between(partitioned.getStartTime(), partitioned.getEndTime());

        Path scratch = Files.createTempDirectory(home, "sequential");
        List<String> codes = assembler.unitCodes(PERIOD);
        long start = System.nanoTime();
        for (String code : codes) {
            UnitScorecard card = assembler.unitScorecard(PERIOD, code, NOW.toLocalDate(), 2);
            renderer.writeUnitScorecard(card, scratch.resolve(card.unitCode() + ".pdf"));
        }
        Duration sequential = Duration.ofNanos(System.nanoTime() - start);

        assertThat(partitioned.getWriteCount()).isEqualTo(codes.size());
        assertThat(partitions).isEqualTo(3);
        System.out.printf(
                "Rendering %d unit scorecards: one thread %d ms, %d partitions on %d cores %d ms, "
                        + "speed-up x%.2f%n",
                codes.size(),
                sequential.toMillis(),
                partitions,
                Runtime.getRuntime().availableProcessors(),
                parallel.toMillis(),
                (double) sequential.toNanos() / Math.max(1, parallel.toNanos()));
    }

    // ----------------------------------------------------------------------- the database, as the tests read it

    /** A unit_score row, and how the documents show it. */
    record UnitRow(
            String code,
            String name,
            String group,
            Integer rank,
            int groupSize,
            String change,
            BigDecimal totalScore,
            String grade,
            String status,
            Long submissionId,
            BigDecimal bonus,
            BigDecimal deduction) {

        String total() {
            return decimals(totalScore, 2);
        }

        String rankText() {
            return rank == null ? "不参与排名" : "第" + rank + "名 / 共" + groupSize + "个";
        }

        String changeText() {
            return rank == null || change == null ? "—" : change;
        }

        String statusText() {
            return switch (status) {
                case "LATE" -> "逾期";
                case "MISSING" -> "未报送";
                default -> "已报送";
            };
        }

        /** 排名 变化 单位 [note] 总分 等次, then 完成率（单项排名） of I1..I7 and the three rates. */
        String bulletinRow(Map<Indicator, IndicatorRow> figures) {
            List<String> notes = new ArrayList<>();
            if (!"REPORTED".equals(status)) {
                notes.add(statusText());
            }
            if (rank == null) {
                notes.add("不参与排名");
            }
            StringBuilder row = new StringBuilder(rank == null ? "—" : rank.toString());
            if (rank != null) {
                row.append(' ').append(change);
            }
            row.append(' ').append(name);
            if (!notes.isEmpty()) {
                row.append(' ').append(String.join("·", notes));
            }
            row.append(' ').append(total()).append(' ').append(grade);
            for (Indicator i : IndicatorCatalogue.DEFAULT.all()) {
                IndicatorRow f = figures.get(i);
                row.append(' ')
                        .append(
                                f.completionRate() == null
                                        ? "—"
                                        : f.rate() + (f.rank() == null ? "" : "（" + f.rank() + "）"));
            }
            return row.toString();
        }
    }

    /** An indicator_result row, and how the unit scorecard shows it. */
    record IndicatorRow(
            Indicator indicator,
            BigDecimal target,
            BigDecimal scheduleTarget,
            BigDecimal ytd,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal completionRate,
            BigDecimal gap,
            BigDecimal yoy,
            BigDecimal score,
            BigDecimal weight,
            Integer rank) {

        String rate() {
            return percent(completionRate);
        }

        /** 指标 单位 年度目标 序时目标 累计完成 完成率 序时差 同比 得分 单项排名. */
        String scorecardLine() {
            boolean count = indicator.kind() == Indicator.Kind.COUNT;
            int d = count ? 0 : 2;
            String schedule = scheduleTarget == null
                    ? "—"
                    : count
                            ? scheduleTarget
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : decimals(scheduleTarget, 2);
            return String.join(
                    " ",
                    indicator.fullName(),
                    indicator.unitOfMeasure(),
                    decimals(target, d),
                    schedule,
                    decimals(ytd, d),
                    percent(completionRate),
                    signed(gap, ""),
                    signed(yoy == null ? null : yoy.movePointRight(2), "%"),
                    decimals(score, 2),
                    rank == null ? "—" : rank.toString());
        }

        /** 指标 计算 比率 基准 得分 / 权重 单项排名 (without the benchmark, a rule, not a result). */
        String rateLine() {
            String uom = indicator == Indicator.R_FUNDS ? "亿元" : "个";
            int d = indicator == Indicator.R_FUNDS ? 2 : 0;
            return indicator.fullName() + " " + decimals(numerator, d) + " ÷ " + decimals(denominator, d) + "（" + uom
                    + "） " + percent(completionRate);
        }
    }

    List<UnitRow> unitRows() {
        return jdbc.query(
                "SELECT s.unit_code, s.unit_name, s.group_name, s.group_rank, s.group_size, s.rank_change, "
                        + "s.total_score, s.grade, s.report_status, s.submission_id, s.bonus, s.deduction FROM unit_score s "
                        + "JOIN assessment_group g ON g.assess_year = ? AND g.group_name = s.group_name WHERE s.period = ? "
                        + "ORDER BY g.display_order, CASE WHEN s.group_rank IS NULL THEN 1 ELSE 0 END, s.group_rank, s.unit_code",
                (rs, i) -> new UnitRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getString(9),
                        (Long) rs.getObject(10, Long.class),
                        rs.getBigDecimal(11),
                        rs.getBigDecimal(12)),
                PERIOD.getYear(),
                PERIOD.toString());
    }

    Map<Indicator, IndicatorRow> indicatorRows(String unitCode) {
        Map<Indicator, IndicatorRow> rows = new TreeMap<>();
        jdbc.query(
                "SELECT indicator_code, target_value, schedule_target, value_ytd, numerator, denominator, "
                        + "completion_rate, schedule_gap, yoy_rate, score, weight, indicator_rank FROM indicator_result "
                        + "WHERE period = ? AND unit_code = ?",
                rs -> {
                    Indicator i = Indicator.ofCode(rs.getString(1)).orElseThrow();
                    rows.put(
                            i,
                            new IndicatorRow(
                                    i,
                                    rs.getBigDecimal(2),
                                    rs.getBigDecimal(3),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getBigDecimal(6),
                                    rs.getBigDecimal(7),
                                    rs.getBigDecimal(8),
                                    rs.getBigDecimal(9),
                                    rs.getBigDecimal(10),
                                    rs.getBigDecimal(11),
                                    (Integer) rs.getObject(12, Integer.class)));
                },
                PERIOD.toString(),
                unitCode);
        assertThat(rows).hasSize(IndicatorCatalogue.DEFAULT.size());
        return rows;
    }

    static String decimals(BigDecimal v, int d) {
        return v == null ? "—" : v.setScale(d, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(BigDecimal v) {
        return decimals(v == null ? BigDecimal.ZERO : v, 2);
    }

    static String percent(BigDecimal ratio) {
        return ratio == null
                ? "—"
                : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** +1.88, -2.41, 0.00 (with a suffix such as %). */
    static String signed(BigDecimal v, String suffix) {
        if (v == null) {
            return "—";
        }
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP);
        return (r.signum() > 0 ? "+" : "") + (r.signum() == 0 ? r.abs() : r).toPlainString() + suffix;
    }
}
