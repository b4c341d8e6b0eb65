package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * A failure in the middle of a file (the database going away after part of a 1,200-row ledger is in): the
 * run fails, no half return is left, the file stays in the inbox, and running again finishes the job.
 */
@Import(CrashMidFileTests.FailingLedger.class)
abstract class CrashMidFileTests extends ImportTestBase {

    /** Counts down the ledger inserts; at zero the next insert fails. Negative: never fails. */
    static final AtomicInteger insertsBeforeFailure = new AtomicInteger(-1);

    @TestConfiguration
    static class FailingLedger {
        @Bean
        static BeanPostProcessor failingLedgerMapper() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof LedgerProjectWriter)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(
                            getClass().getClassLoader(),
                            new Class<?>[] {LedgerProjectWriter.class},
                            (proxy, method, args) -> {
                                if (method.getName().equals("insertProjects")
                                        && insertsBeforeFailure.getAndDecrement() == 0) {
                                    throw new org.springframework.dao.DataAccessResourceFailureException(
                                            "connection lost (injected)");
                                }
                                try {
                                    return method.invoke(bean, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }

    @Autowired
    ScorecardOperations operations;

    @Autowired
    ImportOutcomes outcomes;

    @Autowired
    ReturnSubmissionMapper submissions;

    @AfterEach
    void disarm() {
        insertsBeforeFailure.set(-1);
    }

    @Test
    void aFailureMidFileStoresNoHalfReturnAndTheNextRunFinishes() throws Exception {
        Path inbox = inbox(PERIOD);
        TestWorkbook.goodReturn().write(inbox.resolve("410711.xlsx"), Format.XLSX);
        TestWorkbook big = TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B1", "410782")
                .set(ReturnTemplate.COVER_SHEET, "B2", "辉县市");
        for (int i = 4; i <= 1203; i++) {
            big.row(
                    ReturnTemplate.LEDGER_SHEET,
                    i,
                    "HX-" + i,
                    "项目" + i,
                    "投资方" + i,
                    "省外",
                    "工业",
                    "已签约",
                    LocalDate.of(2024, 1, 2),
                    1.5,
                    null,
                    0.5,
                    0.5);
        }
        big.write(inbox.resolve("410782.xlsx"), Format.XLSX);
        insertsBeforeFailure.set(2); // 410711's one insert, 410782's first slice of 500, then the second fails

        JobExecution crashed = operations.importReturns(PERIOD, null);

        assertThat(crashed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Files.exists(inbox.resolve("410782.xlsx"))).isTrue();
        assertThat(home.resolve("archive").resolve(PERIOD.toString()).resolve("410711.xlsx"))
                .exists();
        assertThat(submissions.findAllVersions(PERIOD))
                .extracting(ReturnSubmission::unitCode)
                .containsExactly("410711");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_project", Integer.class))
                .isEqualTo(3);
        // the half-stored file's outcome went with its rows: the crashed run shows only what it kept
        assertThat(outcomes.ofRun(crashed.getId()))
                .extracting(ImportOutcome::fileName, ImportOutcome::status)
                .containsExactly(tuple("410711.xlsx", SubmissionStatus.ACCEPTED));

        insertsBeforeFailure.set(-1);
        JobExecution rerun = operations.importReturns(PERIOD, null);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomes.ofRun(rerun.getId()))
                .extracting(ImportOutcome::fileName, ImportOutcome::status, ImportOutcome::rows)
                .containsExactly(tuple("410782.xlsx", SubmissionStatus.ACCEPTED, 1203));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_project", Integer.class))
                .isEqualTo(1206);
        assertThat(submissions.findAllVersions(PERIOD))
                .extracting(ReturnSubmission::unitCode, ReturnSubmission::versionNo)
                .containsExactly(tuple("410711", 1), tuple("410782", 1));
        assertThat(inbox).isEmptyDirectory();
    }
}
