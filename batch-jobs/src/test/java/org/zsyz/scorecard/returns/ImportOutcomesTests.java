package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * Each run reads back the outcomes of its own files only, whatever else the process or the database ran:
 * a command's table must not show a portal run's files, nor two periods imported at once each other's.
 */
abstract class ImportOutcomesTests extends ImportTestBase {

    static final YearMonth APRIL = PERIOD.plusMonths(1);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    ImportOutcomes outcomes;

    @Test
    void twoPeriodsImportedAtOnceEachReadBackOnlyTheirOwnFiles() throws Exception {
        TestWorkbook.goodReturn().write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B1", "410782")
                .set(ReturnTemplate.COVER_SHEET, "B2", "辉县市")
                .write(inbox(PERIOD).resolve("410782.xlsx"), Format.XLSX);
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B3", APRIL.toString())
                .write(inbox(APRIL).resolve("牧野区4月.xlsx"), Format.XLSX);
        HostileFiles.renamedPdf(inbox(APRIL).resolve("报表.xlsx"));

        // April starts once March has stored its first file (launching both at the same instant can make the job
        // repository's own inserts wait on each other), so the two runs import side by side
        CompletableFuture<JobExecution> march = CompletableFuture.supplyAsync(() -> importReturns(PERIOD));
        await().atMost(Duration.ofMinutes(1))
                .until(() -> march.isDone()
                        || jdbc.queryForObject("SELECT COUNT(*) FROM import_outcome", Integer.class) > 0);
        JobExecution aprilRun = importReturns(APRIL);
        JobExecution marchRun = march.get(2, TimeUnit.MINUTES);

        assertThat(marchRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(aprilRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomes.ofRun(marchRun.getId()))
                .extracting(
                        ImportOutcome::fileName,
                        ImportOutcome::unitCode,
                        ImportOutcome::versionNo,
                        ImportOutcome::status,
                        ImportOutcome::rows)
                .containsExactly(
                        tuple("410711.xlsx", "410711", 1, SubmissionStatus.ACCEPTED, 3),
                        tuple("410782.xlsx", "410782", 1, SubmissionStatus.ACCEPTED, 3));
        // the unreadable file stored no submission, yet its line and its reason are read back
        assertThat(outcomes.ofRun(aprilRun.getId()))
                .extracting(
                        ImportOutcome::fileName,
                        ImportOutcome::unitCode,
                        ImportOutcome::versionNo,
                        ImportOutcome::status,
                        ImportOutcome::errors)
                .containsExactlyInAnyOrder(
                        tuple("牧野区4月.xlsx", "410711", 1, SubmissionStatus.ACCEPTED, 0),
                        tuple("报表.xlsx", null, null, SubmissionStatus.REJECTED, 1));
        ImportOutcome unreadable = outcomes.ofRun(aprilRun.getId()).stream()
                .filter(o -> o.unitCode() == null)
                .findFirst()
                .orElseThrow();
        assertThat(unreadable.issues()).hasSize(1);
        assertThat(unreadable.issues().get(0).isError()).isTrue();
        assertThat(unreadable.issues().get(0).message()).isNotBlank();
    }

    @Test
    void aReturnKeptInTheInboxIsReadBackByItsRunAndTheNextRunShowsOnlyItsOwn() throws Exception {
        YearMonth noTargets = YearMonth.of(2025, 1);
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B3", noTargets.toString())
                .write(inbox(noTargets).resolve("410711-2025-01.xlsx"), Format.XLSX);
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "H3", "两亿")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);

        // as the portal runs it: nobody reads the outcomes of this run
        JobExecution early = operations.importReturns(noTargets, null);
        JobExecution march = operations.importReturns(PERIOD, null);

        assertThat(outcomes.ofRun(early.getId()))
                .extracting(ImportOutcome::fileName, ImportOutcome::keptInInbox, ImportOutcome::unitCode)
                .containsExactly(tuple("410711-2025-01.xlsx", true, null));
        assertThat(outcomes.ofRun(march.getId()))
                .extracting(
                        ImportOutcome::fileName,
                        ImportOutcome::status,
                        ImportOutcome::errors,
                        ImportOutcome::keptInInbox)
                .containsExactly(tuple("410711.xlsx", SubmissionStatus.REJECTED, 1, false));
        ImportOutcome rejected = outcomes.ofRun(march.getId()).get(0);
        assertThat(rejected.issues())
                .extracting(i -> i.describe(rejected.fileName()))
                .containsExactly("【错误】410711.xlsx 工作表「项目台账」 H3（合同投资额） 值“两亿”：" + "不是数字，应填写以亿元为单位的数字（不要带单位或文字）");
        assertThat(inbox(noTargets).resolve("410711-2025-01.xlsx")).exists();
    }

    private JobExecution importReturns(YearMonth period) {
        try {
            return operations.importReturns(period, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
