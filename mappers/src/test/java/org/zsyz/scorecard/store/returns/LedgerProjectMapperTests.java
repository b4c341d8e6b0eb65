package org.zsyz.scorecard.store.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.cursor.Cursor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class LedgerProjectMapperTests {

    @Autowired
    LedgerProjectMapper ledger;

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    JdbcTemplate jdbc;

    long submissionId;

    @BeforeEach
    void acceptedReturn() {
        submissions.insertSubmission(new ReturnSubmission(
                null,
                "410711",
                YearMonth.of(2013, 12),
                1,
                "410711.xlsx",
                "e".repeat(64),
                LocalDateTime.of(2014, 1, 3, 10, 0),
                SubmissionStatus.ACCEPTED,
                false,
                2,
                0,
                0,
                null,
                null,
                "INBOX"));
        submissionId =
                submissions.findVersion("410711", YearMonth.of(2013, 12), 1).id();
    }

    LedgerProject project(String no, int row, InvestorSource source, ProjectStatus status, String thisYear) {
        return new LedgerProject(
                submissionId,
                no,
                row,
                "项目" + no,
                "投资方" + no,
                source,
                "工业",
                status,
                LocalDate.of(2013, 3, 1),
                new BigDecimal("12.5"),
                status.requiresStart() ? LocalDate.of(2013, 6, 1) : null,
                new BigDecimal(thisYear),
                new BigDecimal(thisYear),
                null,
                true,
                false,
                null);
    }

    @Test
    void labelsAreStoredAsTheUnitWroteThem() {
        ledger.insertProjects(
                List.of(project("XM-1", 2, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "19.9")));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT investor_source, project_status, funds_this_year, started_on FROM ledger_project WHERE project_no = 'XM-1'");
        assertThat(row.get("investor_source")).isEqualTo("省外");
        assertThat(row.get("project_status")).isEqualTo("已开工");
        assertThat((BigDecimal) row.get("funds_this_year")).isEqualByComparingTo("19.9");
    }

    @Test
    void projectsReadBackInSheetOrderWithEnumsAndDecimals() {
        ledger.insertProjects(List.of(
                project("XM-2", 3, InvestorSource.OTHER_CITY_IN_PROVINCE, ProjectStatus.SIGNED, "2.835"),
                project("XM-1", 2, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.COMPLETED, "19.9")));

        List<LedgerProject> read = ledger.findProjects(submissionId);
        assertThat(read).extracting(LedgerProject::projectNo).containsExactly("XM-1", "XM-2");
        assertThat(read.get(0).investorSource()).isEqualTo(InvestorSource.OUT_OF_PROVINCE);
        assertThat(read.get(0).projectStatus()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(read.get(1).fundsThisYear()).isEqualByComparingTo("2.835");
        assertThat(read.get(1).startedOn()).isNull();
        assertThat(read.get(1).fulfilled()).isTrue();
        assertThat(ledger.countProjects(submissionId)).isEqualTo(2);
    }

    @Test
    void aLongTransactionDoesNotKeepEveryResultItRead() {
        ledger.insertProjects(List.of(project("XM-1", 2, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "1")));

        // Inside this test's transaction: with MyBatis' default session cache the second read would hand back the
        // very same list, and a step reading unit after unit would hold every ledger until its commit.
        List<LedgerProject> first = ledger.findProjects(submissionId);
        List<LedgerProject> second = ledger.findProjects(submissionId);
        assertThat(second).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aScorecardReadsOnlyTheHeadlinesOfTheProjectsItNames() {
        ledger.insertProjects(List.of(
                project("XM-1", 2, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "1"),
                project("XM-2", 3, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.SIGNED, "0"),
                project("XM-3", 4, InvestorSource.LOCAL, ProjectStatus.SIGNED, "0")));
        jdbc.update(
                "UPDATE ledger_project SET project_name = ?, contract_amount = ? WHERE project_no = ?",
                "跨境物流中心",
                new BigDecimal("2.5"),
                "XM-3");

        assertThat(ledger.findProjectHeadlines(submissionId, List.of("XM-3", "XM-1", "XM-9")))
                .containsExactly(
                        new ProjectHeadline("XM-1", "项目XM-1", LocalDate.of(2013, 3, 1), new BigDecimal("12.50000000")),
                        new ProjectHeadline("XM-3", "跨境物流中心", LocalDate.of(2013, 3, 1), new BigDecimal("2.50000000")));
    }

    @Test
    void thePipelineIsTalliedByStatusAndByIndustry() {
        ledger.insertProjects(List.of(
                project("XM-1", 2, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "1"),
                project("XM-2", 3, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "1"),
                project("XM-3", 4, InvestorSource.LOCAL, ProjectStatus.SIGNED, "0")));

        assertThat(ledger.tallyByStatus(submissionId))
                .filteredOn(t -> t.label().equals("已开工"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.projects()).isEqualTo(2);
                    assertThat(t.contractAmount()).isEqualByComparingTo("25");
                });
        assertThat(ledger.tallyByIndustry(submissionId))
                .singleElement()
                .satisfies(t -> assertThat(t.projects()).isEqualTo(3));
    }

    @Test
    void aLargeLedgerIsInsertedInSlicesAndStreamedBack() throws Exception {
        List<LedgerProject> rows = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            rows.add(project("XM-" + i, i + 1, InvestorSource.FOREIGN, ProjectStatus.SIGNED, "0.01"));
        }
        for (int from = 0; from < rows.size(); from += 500) {
            ledger.insertProjects(rows.subList(from, Math.min(rows.size(), from + 500)));
        }

        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        try (Cursor<LedgerProject> cursor = ledger.streamProjects(submissionId)) {
            for (LedgerProject p : cursor) {
                sum = sum.add(p.fundsThisYear());
                count++;
            }
        }
        assertThat(count).isEqualTo(1200);
        assertThat(sum).isEqualByComparingTo("12.00");
    }

    @Test
    void vanishedProjectsAndFallingFundsAreFoundAgainstThePreviousVersion() {
        submissions.insertSubmission(new ReturnSubmission(
                null,
                "410711",
                YearMonth.of(2014, 1),
                1,
                "410711.xlsx",
                "f".repeat(64),
                LocalDateTime.of(2014, 2, 3, 10, 0),
                SubmissionStatus.ACCEPTED,
                false,
                2,
                0,
                0,
                null,
                null,
                "INBOX"));
        long currentId =
                submissions.findVersion("410711", YearMonth.of(2014, 1), 1).id();
        ledger.insertProjects(List.of(
                project("XM-1", 2, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "5"),
                project("XM-2", 3, InvestorSource.OUT_OF_PROVINCE, ProjectStatus.STARTED, "3"),
                project("XM-3", 4, InvestorSource.LOCAL, ProjectStatus.SIGNED, "1")));
        ledger.insertProjects(List.of(
                new LedgerProject(
                        currentId,
                        "XM-1",
                        2,
                        "项目XM-1",
                        "投资方",
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2013, 3, 1),
                        new BigDecimal("12.5"),
                        LocalDate.of(2013, 6, 1),
                        new BigDecimal("4.5"),
                        new BigDecimal("0.5"),
                        null,
                        true,
                        false,
                        null),
                new LedgerProject(
                        currentId,
                        "XM-3",
                        3,
                        "项目XM-3",
                        "投资方",
                        InvestorSource.LOCAL,
                        "工业",
                        ProjectStatus.SIGNED,
                        LocalDate.of(2013, 3, 1),
                        new BigDecimal("12.5"),
                        null,
                        null,
                        null,
                        null,
                        true,
                        false,
                        null)));

        assertThat(ledger.findVanishedProjects(submissionId, currentId, 10))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.projectNo()).isEqualTo("XM-2");
                    assertThat(c.rowNo()).isEqualTo(3);
                });
        assertThat(ledger.countVanishedProjects(submissionId, currentId)).isEqualTo(1);
        assertThat(ledger.findFundsTotalDecreases(submissionId, currentId, 10))
                .extracting(LedgerChange::projectNo, LedgerChange::rowNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("XM-1", 2), org.assertj.core.groups.Tuple.tuple("XM-3", 3));
        assertThat(ledger.findFundsTotalDecreases(submissionId, currentId, 10)
                        .get(1)
                        .currentValue())
                .isEqualByComparingTo("0");
        assertThat(ledger.countFundsTotalDecreases(submissionId, currentId)).isEqualTo(2);
        assertThat(ledger.findFundsThisYearDecreases(submissionId, currentId, 1))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.previousValue()).isEqualByComparingTo("5");
                    assertThat(c.currentValue()).isEqualByComparingTo("0.5");
                });
        assertThat(ledger.countFundsThisYearDecreases(submissionId, currentId)).isEqualTo(2);
    }
}
