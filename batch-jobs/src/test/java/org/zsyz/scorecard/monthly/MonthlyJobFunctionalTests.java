package org.zsyz.scorecard.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.report.PdfText;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The monthly job end to end on the worked example of docs/method.md: Excel files in, database figures, PDFs and the
 * Excel export out. Runs on H2 and on MariaDB.
 */
@ScorecardTest
abstract class MonthlyJobFunctionalTests {

    static final Path home = WorkingFolder.of(MonthlyJobFunctionalTests.class);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;

    /** Leaves the database empty for the next build's tests (the mapper tests expect it so). */
    @AfterEach
    void emptyDatabaseAfterwards() {
        DatabaseCleaner.clean(dataSource);
    }

    @BeforeEach
    void emptyDatabaseAndFolders() throws Exception {
        DatabaseCleaner.clean(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        for (String folder : List.of("inbox", "archive", "rejected", "out")) {
            deleteTree(home.resolve(folder));
        }
        Path targets = SpecExampleCity.writeTargets(home);
        assertThat(operations.importTargets(targets, 2013).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        SpecExampleCity.writeReturns(home.resolve("inbox").resolve("2013-12"));
    }

    /** Later test classes (and a second build on the same database) start from an empty database too. */
    @org.junit.jupiter.api.AfterEach
    void leaveNothingBehind() {
        DatabaseCleaner.clean(dataSource);
    }

    @Test
    void theWorkedExampleComesOutRightInTheDatabaseAndTheExport() throws Exception {
        JobExecution run = operations.monthly(SpecExampleCity.PERIOD, null, false);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(shownPercent("I1")).isEqualTo("114.82");
        assertThat(shownPercent("I2")).isEqualTo("110.56");
        assertThat(shownPercent("I3")).isEqualTo("158.91");
        BigDecimal gap = jdbc.queryForObject(
                "SELECT schedule_gap FROM indicator_result WHERE period = '2013-12' "
                        + "AND unit_code = '410711' AND indicator_code = 'I1'",
                BigDecimal.class);
        assertThat(gap.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("14.82");

        Path out = home.resolve("out").resolve("2013-12");
        try (InputStream in = Files.newInputStream(out.resolve("成绩单-2013-12.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet detail = workbook.getSheet("明细");
            Map<String, Double> muye = new java.util.HashMap<>();
            for (Row row : detail) {
                if (row.getCell(1) != null
                        && "410711".equals(row.getCell(1).getStringCellValue())
                        && row.getCell(9) != null) {
                    muye.put(row.getCell(3).getStringCellValue(), row.getCell(9).getNumericCellValue());
                }
            }
            assertThat(muye.get("I1")).isCloseTo(22.735 / 19.8, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(muye.get("I3")).isCloseTo(4289.0 / 2699, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void theImportedFilesAreFiledAndEveryOutputIsListedInTheManifest() throws Exception {
        operations.monthly(SpecExampleCity.PERIOD, null, false);

        assertThat(home.resolve("inbox").resolve("2013-12")).isEmptyDirectory();
        assertThat(home.resolve("archive").resolve("2013-12").resolve("410711.xlsx"))
                .exists();
        Path out = home.resolve("out").resolve("2013-12");
        String manifest = Files.readString(out.resolve("MANIFEST.sha256"));
        assertThat(manifest).contains("全市成绩单-2013-12.pdf", "410711-牧野区-2013-12.pdf", "成绩单-2013-12.xlsx");
        assertThat(manifest.lines()).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_project", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT file_count FROM publication WHERE period = '2013-12'", Integer.class))
                .isEqualTo(7);
    }

    @Test
    void theBulletinRanksTheGroupAndTheScorecardShowsTheFigures() throws Exception {
        operations.monthly(SpecExampleCity.PERIOD, null, false);

        Path out = home.resolve("out").resolve("2013-12");
        String bulletin = PdfText.text(out.resolve("全市成绩单-2013-12.pdf"));
        assertThat(bulletin).contains("示例市招商引资工作成绩单（2013年1—12月）", "县市区", "城区", "114.82%");
        assertThat(bulletin.indexOf("辉县市")).isLessThan(bulletin.indexOf("新乡县"));
        String scorecard = PdfText.text(out.resolve("410711-牧野区-2013-12.pdf"));
        assertThat(scorecard).contains("牧野区", "114.82%", "110.56%", "158.91%", "22.74", "19.80");
    }

    @Test
    void aPublishedMonthIsNotSilentlyPublishedAgain() throws Exception {
        operations.monthly(SpecExampleCity.PERIOD, null, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> operations.monthly(SpecExampleCity.PERIOD, null, false))
                .isInstanceOf(ScorecardOperations.AlreadyPublishedException.class)
                .hasMessageContaining("没有任何变化");
        // a published month is locked: something new (a unit's return arrives again) makes the next run a 更正版,
        // without being asked for
        try (java.util.stream.Stream<Path> archived =
                java.nio.file.Files.list(home.resolve("archive").resolve("2013-12"))) {
            Path again = archived.sorted().findFirst().orElseThrow();
            java.nio.file.Files.copy(
                    again, home.resolve("inbox").resolve("2013-12").resolve(again.getFileName()));
        }
        JobExecution revision = operations.monthly(SpecExampleCity.PERIOD, null, false);
        assertThat(revision.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject(
                        "SELECT revision_reason FROM publication WHERE period = '2013-12' AND revision = 1",
                        String.class))
                .isNotBlank();
        assertThat(home.resolve("out").resolve("2013-12.rev0").resolve("MANIFEST.sha256"))
                .exists();
        assertThat(PdfText.text(home.resolve("out").resolve("2013-12").resolve("全市成绩单-2013-12.pdf")))
                .contains("更正");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> operations.importTargets(home.resolve("targets-2013.xlsx"), 2013)))
                .isInstanceOf(JobRunner.AlreadyCompleteException.class);
    }

    private String shownPercent(String indicator) {
        BigDecimal rate = jdbc.queryForObject(
                "SELECT completion_rate FROM indicator_result WHERE period = '2013-12' "
                        + "AND unit_code = '410711' AND indicator_code = ?",
                BigDecimal.class,
                indicator);
        return rate.multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static void deleteTreeQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (Exception e) {
            throw new IllegalStateException("cannot empty " + root, e);
        }
    }

    static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
