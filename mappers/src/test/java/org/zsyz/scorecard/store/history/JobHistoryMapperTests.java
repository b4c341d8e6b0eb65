package org.zsyz.scorecard.store.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class JobHistoryMapperTests {

    @Autowired
    JobHistoryMapper history;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void executionsAreSummarisedNewestFirstWithTheirPeriodAndCounts() {
        Timestamp start = Timestamp.valueOf(LocalDateTime.of(2014, 1, 6, 2, 0));
        jdbc.update(
                "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (9001, 0, 'monthly', 'k1')");
        for (long id : new long[] {9001, 9002}) {
            jdbc.update(
                    "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE) "
                            + "VALUES (?, 0, 9001, ?, ?, ?, ?, ?, '')",
                    id,
                    start,
                    start,
                    start,
                    id == 9001 ? "FAILED" : "COMPLETED",
                    id == 9001 ? "FAILED" : "COMPLETED");
            jdbc.update(
                    "INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE, PARAMETER_VALUE, IDENTIFYING) "
                            + "VALUES (?, 'period', 'java.lang.String', '2013-12', 'Y')",
                    id);
        }
        jdbc.update(
                "INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, STATUS, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT, PROCESS_SKIP_COUNT) "
                        + "VALUES (9101, 0, 'importReturn', 9002, ?, 'COMPLETED', 13, 12, 0, 0, 1)",
                start);
        // a partitioned step: the manager holds the sum of its two partitions, which are not counted again
        jdbc.update(
                "INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, STATUS, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT, PROCESS_SKIP_COUNT) "
                        + "VALUES (9102, 0, 'renderUnitScorecards', 9002, ?, 'COMPLETED', 5, 5, 0, 0, 0)",
                start);
        for (long id : new long[] {9103, 9104}) {
            jdbc.update(
                    "INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, STATUS, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT, PROCESS_SKIP_COUNT) "
                            + "VALUES (?, 0, ?, 9002, ?, 'COMPLETED', ?, ?, 0, 0, 0)",
                    id,
                    "renderUnitScorecardRange:range" + (id - 9103),
                    start,
                    id == 9103 ? 3 : 2,
                    id == 9103 ? 3 : 2);
        }

        assertThat(history.findRecentExecutions(10)).first().satisfies(e -> {
            assertThat(e.executionId()).isEqualTo(9002);
            assertThat(e.jobName()).isEqualTo("monthly");
            assertThat(e.parameter()).isEqualTo("2013-12");
            assertThat(e.readCount()).isEqualTo(13 + 5);
            assertThat(e.writeCount()).isEqualTo(12 + 5);
            assertThat(e.skipCount()).isEqualTo(1);
        });
        // (other tests' job runs may be in the database: look at this test's two)
        assertThat(history.findRecentExecutions(100))
                .filteredOn(e -> e.executionId() >= 9001)
                .extracting(JobExecutionSummary::status)
                .containsExactly("COMPLETED", "FAILED");
        assertThat(history.findExecution(9001).status()).isEqualTo("FAILED");
        assertThat(history.findExecution(4711)).isNull();
    }

    @Test
    void fractionalSecondsAreReadBack() {
        jdbc.update(
                "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (9001, 0, 'assess', 'k1')");
        // Literal text: what the database holds is exactly this, whatever the driver does with parameters.
        jdbc.update(
                "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME, STATUS) "
                        + "VALUES (9001, 0, 9001, '2014-01-06 02:00:00.250000', '2014-01-06 02:00:00.250000', '2014-01-06 02:00:01.875125', 'COMPLETED')");

        JobExecutionSummary e = history.findExecution(9001);

        assertThat(java.time.Duration.between(e.startTime(), e.endTime()).toNanos())
                .isEqualTo(1_625_125_000L);
    }

    @Test
    void anAnnualOrQuarterlyRunIsListedWithItsTerm() {
        Timestamp start = Timestamp.valueOf(LocalDateTime.of(2014, 1, 6, 2, 0));
        jdbc.update(
                "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (9001, 0, 'quarterly', 'k1')");
        jdbc.update(
                "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, STATUS) "
                        + "VALUES (9001, 0, 9001, ?, ?, 'COMPLETED')",
                start,
                start);
        jdbc.update(
                "INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE, PARAMETER_VALUE, IDENTIFYING) "
                        + "VALUES (9001, 'term', 'java.lang.String', '2013-Q4', 'Y'), "
                        + "(9001, 'revision', 'java.lang.Long', '0', 'Y')");

        assertThat(history.findExecution(9001).parameter()).isEqualTo("2013-Q4");
    }

    @Test
    void unfinishedRunsAreTheLastExecutionsOfTheirInstancesThatDidNotComplete() {
        Timestamp start = Timestamp.valueOf(LocalDateTime.of(2014, 1, 6, 2, 0));
        String[][] instances = {
            {"9001", "monthly", "2013-11"},
            {"9002", "monthly", "2013-12"},
            {"9003", "assess", "2013-12"},
            {"9004", "publish", "2013-10"}
        };
        for (String[] i : instances) {
            jdbc.update(
                    "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)",
                    Long.parseLong(i[0]),
                    i[1],
                    "k" + i[0]);
        }
        // 2013-11: failed, then completed on restart; 2013-12 monthly: failed twice; assess: left STARTED by a
        // process that died; publish: abandoned by hand.
        long[][] executions = {{9101, 9001}, {9102, 9001}, {9103, 9002}, {9104, 9002}, {9105, 9003}, {9106, 9004}};
        String[] statuses = {"FAILED", "COMPLETED", "FAILED", "FAILED", "STARTED", "ABANDONED"};
        for (int n = 0; n < executions.length; n++) {
            jdbc.update(
                    "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, STATUS) "
                            + "VALUES (?, 0, ?, ?, ?, ?)",
                    executions[n][0],
                    executions[n][1],
                    start,
                    start,
                    statuses[n]);
        }

        assertThat(history.findUnfinishedExecutions())
                .extracting(JobExecutionSummary::executionId)
                .containsExactly(9105L, 9104L);
    }
}
