package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Re-assessing replaces a period's results in one transaction: a failure after the old rows were deleted
 * and some new ones written leaves the earlier results exactly as they were, and the restarted job then
 * replaces them. The failure is injected into the last insert of the run. Runs on H2 and MariaDB.
 */
@ScorecardTest
@Import(AssessmentRollbackTests.FailingWrites.class)
abstract class AssessmentRollbackTests extends AssessedCityTestBase {

    static final YearMonth JAN = YearMonth.of(2013, 1);
    static final AtomicBoolean FAIL_ON_WARNINGS = new AtomicBoolean();

    static final Path home = WorkingFolder.of(AssessmentRollbackTests.class);

    /** The real writer, except that inserting warnings (the last insert of a run) fails while the switch is on. */
    @TestConfiguration
    static class FailingWrites {
        @Bean
        @Primary
        AssessmentResultsWriter failingResultsWriter(DataSource dataSource) {
            return new AssessmentResultsWriter(dataSource) {
                @Override
                public int insertWarnings(List<AssessmentWarning> rows) {
                    if (FAIL_ON_WARNINGS.get()) {
                        throw new IllegalStateException("磁盘已满（测试注入的写入失败）");
                    }
                    return super.insertWarnings(rows);
                }
            };
        }
    }

    @AfterEach
    void stopFailing() {
        FAIL_ON_WARNINGS.set(false);
    }

    @Test
    void aFailureMidWriteLeavesTheEarlierResultsIntactAndARestartReplacesThem() throws Exception {
        city.report("A", JAN, "1.2", "120");
        city.report("B", JAN, "1", "100");
        city.report("C", JAN, "0.5", "50");
        assertThat(operations.assess(JAN).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String before = snapshot(jdbc);
        AssessmentRun firstRun = results.findRun(JAN);

        Path file = home.resolve("rules").resolve("assessment-2013.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                DefaultMethod.text(2013)
                        .replace("I1:       {weight: 25, method: ratio}", "I1:       {weight: 40, method: ratio}")
                        .replace("I3:       {weight: 15, method: ratio}", "I3:       {weight: 0, method: ratio}"),
                StandardCharsets.UTF_8);
        FAIL_ON_WARNINGS.set(true);
        JobExecution failed = operations.assess(JAN);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions())
                .anySatisfy(e -> assertThat(e).hasMessageContaining("磁盘已满"));
        assertThat(snapshot(jdbc)).isEqualTo(before);
        assertThat(results.findRun(JAN)).isEqualTo(firstRun);

        FAIL_ON_WARNINGS.set(false);
        JobExecution restarted = operations.assess(JAN);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(results.findUnitScore(JAN, "C").totalScore()).isEqualByComparingTo("50"); // 100 × 0.5 ÷ 1
        assertThat(results.findUnitScore(JAN, "B").totalScore()).isEqualByComparingTo("100");
        assertThat(results.findRun(JAN).configSha256()).isNotEqualTo(firstRun.configSha256());
        assertThat(snapshot(jdbc)).isNotEqualTo(before);
    }

    /** Every stored row of the period's results, as text, in a fixed order. */
    static String snapshot(JdbcTemplate jdbc) {
        StringBuilder s = new StringBuilder();
        for (String sql : new String[] {
            "SELECT unit_code, total_score, group_rank, report_status, score_formula FROM unit_score ORDER BY unit_code",
            "SELECT unit_code, indicator_code, score, formula FROM indicator_result ORDER BY unit_code, indicator_code",
            "SELECT unit_code, seq_no, reason FROM score_adjustment ORDER BY unit_code, seq_no",
            "SELECT unit_code, seq_no, message FROM assessment_warning ORDER BY unit_code, seq_no",
            "SELECT config_sha256 FROM assessment_run"
        }) {
            jdbc.queryForList(sql).forEach(row -> s.append(row.values()).append('\n'));
        }
        return s.toString();
    }
}
