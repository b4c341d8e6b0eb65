package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionIssue;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/** Versions, identical resubmissions, the late flag and the warnings against the previous return. */
abstract class ReturnVersionsTests extends ImportTestBase {

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    LedgerProjectMapper ledger;

    Path write(TestWorkbook wb, String name) throws Exception {
        return wb.write(inbox(PERIOD).resolve(name), name.endsWith(".xls") ? Format.XLS : Format.XLSX);
    }

    @Test
    void everyResubmissionIsANewVersionAndTheNewestAcceptedCounts() throws Exception {
        Path first = write(TestWorkbook.goodReturn(), "410711.xlsx");
        ImportOutcome v1 = importFile(first, PERIOD);
        Path second = write(TestWorkbook.goodReturn().set(ReturnTemplate.LEDGER_SHEET, "H2", 6), "410711-更正.xls");
        ImportOutcome v2 = importFile(second, PERIOD);
        Path third = write(TestWorkbook.goodReturn().set(ReturnTemplate.LEDGER_SHEET, "H2", "六亿"), "410711-再更正.xlsx");
        ImportOutcome v3 = importFile(third, PERIOD);

        assertThat(List.of(v1, v2, v3))
                .extracting(ImportOutcome::versionNo, ImportOutcome::status)
                .containsExactly(
                        tuple(1, SubmissionStatus.ACCEPTED),
                        tuple(2, SubmissionStatus.ACCEPTED),
                        tuple(3, SubmissionStatus.REJECTED));
        ReturnSubmission counting = submissions.findCountingForUnit(TestWorkbook.UNIT, PERIOD);
        assertThat(counting.versionNo()).isEqualTo(2);
        assertThat(ledger.findProjects(counting.id()).get(0).contractAmount()).isEqualByComparingTo("6");
        List<ReturnSubmission> all = submissions.findAllVersions(PERIOD);
        assertThat(all)
                .extracting(
                        ReturnSubmission::versionNo,
                        ReturnSubmission::fileName,
                        ReturnSubmission::sha256,
                        ReturnSubmission::status)
                .containsExactly(
                        tuple(1, "410711.xlsx", FileDigest.sha256(first), SubmissionStatus.ACCEPTED),
                        tuple(2, "410711-更正.xls", FileDigest.sha256(second), SubmissionStatus.ACCEPTED),
                        tuple(3, "410711-再更正.xlsx", FileDigest.sha256(third), SubmissionStatus.REJECTED));
        assertThat(all).allSatisfy(s -> assertThat(s.submittedAt()).isEqualTo(LocalDateTime.of(2024, 4, 3, 9, 0)));
        assertThat(all).extracting(ReturnSubmission::reporter).containsOnly("张三");
        // every version's ledger is kept, the rejected one has none
        assertThat(all).extracting(s -> ledger.countProjects(s.id())).containsExactly(3, 3, 0);
    }

    @Test
    void aReturnWhoseCoverIsTheLastSheetIsReadCoverFirst() throws Exception {
        // The import reads a return once, deciding at the end of the cover (the template's first sheet); a workbook
        // whose cover comes later is read the other way, cover alone first, with the same outcome.
        Path good = write(TestWorkbook.goodReturn().moveSheetToEnd(ReturnTemplate.COVER_SHEET), "410711.xlsx");
        ImportOutcome accepted = importFile(good, PERIOD);
        Path bad = write(
                TestWorkbook.goodReturn()
                        .set(ReturnTemplate.LEDGER_SHEET, "H2", "六亿")
                        .moveSheetToEnd(ReturnTemplate.COVER_SHEET),
                "410711-更正.xls");
        ImportOutcome rejected = importFile(bad, PERIOD);

        assertThat(accepted.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(accepted.rows()).isEqualTo(3);
        assertThat(rejected.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(rejected.issues()).extracting(ImportIssue::cell).containsExactly("H2");
        List<ReturnSubmission> all = submissions.findAllVersions(PERIOD);
        assertThat(all).extracting(s -> ledger.countProjects(s.id())).containsExactly(3, 0);
        assertThat(all).extracting(ReturnSubmission::reporter).containsOnly("张三");
    }

    @Test
    void theIdenticalFileAgainChangesNothing() throws Exception {
        Path file = write(TestWorkbook.goodReturn(), "410711.xlsx");
        importFile(file, PERIOD);
        Map<String, Integer> before = counts();
        Path copy = inbox(PERIOD).resolve("牧野区三月.xlsx");
        Files.copy(file, copy);

        ImportOutcome again = importFile(copy, PERIOD, LocalDateTime.of(2024, 4, 20, 8, 0));

        assertThat(again.identical()).isTrue();
        assertThat(again.versionNo()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(again.late()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anIdenticalRejectedFileBringsBackItsStoredIssues() throws Exception {
        Path bad = write(TestWorkbook.goodReturn().set(ReturnTemplate.LEDGER_SHEET, "D2", "外省"), "410711.xlsx");
        ImportOutcome first = importFile(bad, PERIOD);
        Map<String, Integer> before = counts();

        ImportOutcome again = importFile(bad, PERIOD);

        assertThat(again.identical()).isTrue();
        assertThat(again.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(again.issues()).isEqualTo(first.issues());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aReturnAfterTheDeadlineDayIsLate() throws Exception {
        ImportOutcome onTheDay = importFile(
                write(TestWorkbook.goodReturn(), "410711.xlsx"), PERIOD, LocalDateTime.of(2024, 4, 5, 23, 59));
        ImportOutcome dayAfter = importFile(
                write(TestWorkbook.goodReturn().set(ReturnTemplate.LEDGER_SHEET, "H2", 6), "410711-2.xlsx"),
                PERIOD,
                LocalDateTime.of(2024, 4, 6, 0, 1));

        assertThat(onTheDay.late()).isFalse();
        assertThat(dayAfter.late()).isTrue();
        assertThat(submissions.findCountingForUnit(TestWorkbook.UNIT, PERIOD).late())
                .isTrue();
    }

    /** February's ledger: the good return plus XM-004, with more funds than March will report. */
    static TestWorkbook february() {
        return TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B3", "2024-02")
                .set(ReturnTemplate.LEDGER_SHEET, "J2", 3.5)
                .set(ReturnTemplate.LEDGER_SHEET, "K2", 2.5)
                .row(
                        ReturnTemplate.LEDGER_SHEET,
                        4,
                        "XM-004",
                        "旧厂房改造",
                        "丁实业",
                        "市内",
                        "工业",
                        "已签约",
                        LocalDate.of(2023, 6, 1),
                        1.2);
    }

    @Test
    void implausibleMovesAgainstLastMonthAreWarningsThatDoNotReject() throws Exception {
        YearMonth february = YearMonth.of(2024, 2);
        assertThat(importFile(february().write(inbox(february).resolve("410711.xlsx"), Format.XLSX), february)
                        .accepted())
                .isTrue();

        ImportOutcome march = importFile(write(TestWorkbook.goodReturn(), "410711.xlsx"), PERIOD);

        assertThat(march.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(march.rows()).isEqualTo(3);
        assertThat(march.issues())
                .containsExactly(
                        new ImportIssue(
                                ImportIssue.Severity.WARNING,
                                "项目台账",
                                null,
                                "项目编号",
                                "XM-004",
                                "上期（2024-02）台账第5行的项目“旧厂房改造”本期台账中没有。台账应列出全部项目，已终止的项目应保留并把状态改为“已终止”"),
                        new ImportIssue(
                                ImportIssue.Severity.WARNING,
                                "项目台账",
                                "J2",
                                "累计到位资金",
                                "3 亿元",
                                "比上期（2024-02）的 3.5 亿元少；累计到位资金一般只增不减，请核对"),
                        new ImportIssue(
                                ImportIssue.Severity.WARNING,
                                "项目台账",
                                "K2",
                                "本年到位资金",
                                "2 亿元",
                                "比上期（2024-02）的 2.5 亿元少；本年到位资金是本年累计数，年内一般只增不减，请核对"));
        assertThat(march.warnings()).isEqualTo(3);
        ReturnSubmission stored = submissions.findCountingForUnit(TestWorkbook.UNIT, PERIOD);
        assertThat(stored.warningCount()).isEqualTo(3);
        assertThat(submissions.findIssues(stored.id()))
                .extracting(SubmissionIssue::severity)
                .containsOnly("WARNING");
    }
}
