package org.zsyz.scorecard.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.batch.InjectedFailures;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.operations.TermOperations;
import org.zsyz.scorecard.publish.PublishedFolders;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The annual job's outputs are reproducible (two runs of the same year with the same inputs give the same bytes
 * and the same MANIFEST.sha256), and a run that fails while rendering or publishing leaves nothing half-published,
 * is FAILED (never UNKNOWN), and resumes (docs/annual.md: the same command, or {@code scorecard restart N}) to the
 * rows and files of a run that never failed — in the style of the monthly job's RestartFunctionalTests.
 */
@Import(AnnualRestartTests.Faults.class)
@ScorecardTest
@TestPropertySource(properties = "scorecard.progress.terminal=never")
abstract class AnnualRestartTests {

    @TestConfiguration
    static class Faults {
        @Bean
        static InjectedFailures injectedFailures() {
            return new InjectedFailures();
        }

        @Bean
        @Primary
        TermClock termClock() {
            return new TermClock();
        }
    }

    static final Path home = WorkingFolder.of(AnnualRestartTests.class);
    static final Term YEAR = Term.year(ThreeYearCity.LAST);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    TermOperations terms;

    @Autowired
    JobRunner runner;

    @Autowired
    InjectedFailures faults;

    @Autowired
    TermClock clock;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;

    @BeforeEach
    void decembers() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        DatabaseCleaner.clean(dataSource);
        for (String folder : List.of("inbox", "archive", "rejected", "out", "rules", "annual")) {
            PublishedFolders.deleteTree(home.resolve(folder));
        }
        clock.setDay(LocalDate.of(2026, 1, 12));
        for (int year = ThreeYearCity.FIRST; year <= ThreeYearCity.LAST; year++) {
            ThreeYearCity.method(home, year, 11);
            ThreeYearCity.december(home, operations, year);
        }
        clock.setDay(LocalDate.of(ThreeYearCity.LAST + 1, 1, 12));
    }

    @AfterEach
    void disarm() {
        faults.disarm();
        DatabaseCleaner.clean(dataSource);
    }

    @Test
    void twoRunsOfTheSameYearWriteTheSameBytesAndManifest() throws Exception {
        assertThat(terms.run(YEAR, false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, byte[]> first = files();
        assertThat(first).containsKey(YEAR.key() + "/MANIFEST.sha256").containsKey(YEAR.key() + "/年度考核结果通报-2025.pdf");
        assertThat(first.keySet().stream().filter(f -> f.endsWith(".pdf")).count())
                .isGreaterThan(3);

        decembers();
        assertThat(terms.run(YEAR, false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, byte[]> second = files();

        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
        String pdf =
                new String(first.get(YEAR.key() + "/年度考核结果通报-2025.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("/CreationDate(D:20260112000000+08'00')");
    }

    @Test
    void aRenderThatRunsOutOfDiskPublishesNothingAndTheSameCommandResumesIt() throws Exception {
        // the fourth unit's scorecard fails, three are already in the staging folder
        faults.arm(
                "TermMapper.findHistoryOfUnit",
                3,
                () -> new UncheckedIOException(new IOException("No space left on device")));

        JobExecution first = terms.run(YEAR, false, null);

        assertThat(faults.fired()).isTrue();
        assertFailedAndNothingPublished(first, "No space left on device");
        assertThat(home.resolve("out").resolve(YEAR.key())).doesNotExist();
        assertThat(count("SELECT COUNT(*) FROM term_unit_result WHERE term = '2025'"))
                .isPositive(); // the assessment step committed and is not done again

        JobExecution resumed = terms.run(YEAR, false, null);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId())
                .isEqualTo(first.getJobInstance().getInstanceId());
        assertThat(resumed.getStepExecutions()).extracting(s -> s.getStepName()).doesNotContain("assessTerm");
        assertSameAsARunThatNeverFailed();
    }

    @Test
    void aPublicationThatLosesTheDatabaseIsRecordedOnRestartByItsExecutionId() throws Exception {
        faults.arm(
                "TermMapper.insertPublication",
                0,
                () -> new DataAccessResourceFailureException("Communications link failure"));

        JobExecution first = terms.run(YEAR, false, null);

        assertThat(faults.fired()).isTrue();
        assertFailedAndNothingPublished(first, "Communications link failure");
        // the set was moved into place whole before the record failed: every file matches its MANIFEST line
        Path out = home.resolve("out").resolve(YEAR.key());
        for (String line : Files.readAllLines(out.resolve(TermPublicationService.MANIFEST))) {
            String[] sum = line.split(" {2}", 2);
            assertThat(FileDigest.sha256(out.resolve(sum[1]))).as(sum[1]).isEqualTo(sum[0]);
        }

        JobExecution resumed = runner.restart(first.getId()).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId())
                .isEqualTo(first.getJobInstance().getInstanceId());
        assertSameAsARunThatNeverFailed();
    }

    private void assertFailedAndNothingPublished(JobExecution first, String cause) {
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(first.getExitStatus().getExitDescription()).contains(cause);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        String.class,
                        first.getId()))
                .isEqualTo("FAILED");
        assertThat(count("SELECT COUNT(*) FROM term_publication")).isZero();
        assertThat(count("SELECT COUNT(*) FROM run_lock")).isZero();
    }

    /** The resumed run's rows and files, then a fresh city run once without a fault: both must be equal. */
    private void assertSameAsARunThatNeverFailed() throws Exception {
        String rows = rows();
        Map<String, String> files = digests();
        assertThat(count("SELECT COUNT(*) FROM term_publication WHERE term = '2025'"))
                .isEqualTo(1);
        assertThat(home.resolve("out").resolve(".staging"))
                .satisfiesAnyOf(
                        p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());

        decembers();
        assertThat(terms.run(YEAR, false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(rows).isEqualTo(rows()).contains("|");
        assertThat(files).isEqualTo(digests()).containsKey(YEAR.key() + "/MANIFEST.sha256");
    }

    private String rows() {
        return jdbc.queryForList("SELECT * FROM term_unit_result ORDER BY term, unit_code").stream()
                .map(r -> r.values().stream()
                        .map(v -> v instanceof java.math.BigDecimal d
                                ? d.stripTrailingZeros().toPlainString()
                                : String.valueOf(v))
                        .collect(Collectors.joining("|")))
                .collect(Collectors.joining("\n"));
    }

    private Map<String, String> digests() throws IOException {
        Map<String, String> sums = new TreeMap<>();
        files().forEach((name, bytes) -> sums.put(name, java.util.HexFormat.of().formatHex(sha256(bytes))));
        return sums;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under out/, by its path relative to out/. */
    private Map<String, byte[]> files() throws IOException {
        Path out = home.resolve("out");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
