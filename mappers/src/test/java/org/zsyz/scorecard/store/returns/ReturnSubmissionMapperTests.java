package org.zsyz.scorecard.store.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class ReturnSubmissionMapperTests {

    static final YearMonth DEC_2013 = YearMonth.of(2013, 12);

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    JdbcTemplate jdbc;

    ReturnSubmission submit(String unit, YearMonth period, SubmissionStatus status, String sha) {
        int version = submissions.nextVersionNo(unit, period);
        submissions.insertSubmission(new ReturnSubmission(
                null,
                unit,
                period,
                version,
                unit + ".xlsx",
                sha,
                LocalDateTime.of(2014, 1, 3, 10, 0),
                status,
                false,
                2,
                status == SubmissionStatus.REJECTED ? 1 : 0,
                0,
                "张三",
                "0373-1234567",
                "INBOX"));
        return submissions.findVersion(unit, period, version);
    }

    @Test
    void versionsCountUpPerUnitAndPeriod() {
        assertThat(submissions.nextVersionNo("410711", DEC_2013)).isEqualTo(1);
        submit("410711", DEC_2013, SubmissionStatus.REJECTED, "1".repeat(64));
        submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "2".repeat(64));

        assertThat(submissions.nextVersionNo("410711", DEC_2013)).isEqualTo(3);
        assertThat(submissions.nextVersionNo("410711", YearMonth.of(2013, 11))).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM return_submission WHERE unit_code = '410711' AND version_no = 2",
                        String.class))
                .isEqualTo("ACCEPTED");
    }

    @Test
    void insertedSubmissionReadsBackWhole() {
        ReturnSubmission stored = submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "f".repeat(64));

        assertThat(stored.id()).isNotNull();
        assertThat(stored.period()).isEqualTo(DEC_2013);
        assertThat(stored.reporter()).isEqualTo("张三");
        assertThat(stored.submittedAt()).isEqualTo(LocalDateTime.of(2014, 1, 3, 10, 0));
        assertThat(jdbc.queryForObject("SELECT period FROM return_submission WHERE id = ?", String.class, stored.id()))
                .isEqualTo("2013-12");
    }

    @Test
    void theNewestAcceptedVersionCountsAndARejectedOneNever() {
        submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "1".repeat(64));
        ReturnSubmission second = submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "2".repeat(64));
        submit("410711", DEC_2013, SubmissionStatus.REJECTED, "3".repeat(64));
        submit("410782", DEC_2013, SubmissionStatus.REJECTED, "4".repeat(64));

        assertThat(submissions.findCounting(DEC_2013))
                .extracting(ReturnSubmission::id)
                .containsExactly(second.id());
        assertThat(submissions.findCountingForUnit("410782", DEC_2013)).isNull();
    }

    @Test
    void aReturnedVersionLeavesNothingCountingUntilTheUnitResubmits() {
        submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "1".repeat(64));
        ReturnSubmission sentBack = submit("410711", DEC_2013, SubmissionStatus.RETURNED, "2".repeat(64));

        assertThat(submissions.findCountingForUnit("410711", DEC_2013)).isNull();

        ReturnSubmission resubmitted = submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "3".repeat(64));
        assertThat(submissions.findCountingForUnit("410711", DEC_2013).id())
                .isEqualTo(resubmitted.id())
                .isNotEqualTo(sentBack.id());
    }

    @Test
    void latestCountingUpToFindsLastMonthForAMissingReturn() {
        ReturnSubmission november = submit("410711", YearMonth.of(2013, 11), SubmissionStatus.ACCEPTED, "1".repeat(64));

        assertThat(submissions.findLatestCountingUpTo("410711", DEC_2013).id()).isEqualTo(november.id());
        assertThat(submissions.findLatestCountingUpTo("410711", YearMonth.of(2013, 10)))
                .isNull();
    }

    @Test
    void anOutcomeIsRecordedOnTheVersionAndTheLastIdMoves() {
        long before = submissions.lastSubmissionId();
        ReturnSubmission s = submit("410711", DEC_2013, SubmissionStatus.REJECTED, "d".repeat(64));
        submissions.updateOutcome(new ReturnSubmission(
                s.id(),
                s.unitCode(),
                s.period(),
                s.versionNo(),
                s.fileName(),
                s.sha256(),
                s.submittedAt(),
                SubmissionStatus.ACCEPTED,
                true,
                120,
                0,
                3,
                "李四",
                "139",
                s.source()));

        assertThat(submissions.lastSubmissionId()).isEqualTo(s.id()).isGreaterThan(before);
        ReturnSubmission read = submissions.findVersion("410711", DEC_2013, s.versionNo());
        assertThat(read.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(read.late()).isTrue();
        assertThat(read.rowCount()).isEqualTo(120);
        assertThat(read.reporter()).isEqualTo("李四");
    }

    @Test
    void identicalFilesAreFoundByHash() {
        ReturnSubmission first = submit("410711", DEC_2013, SubmissionStatus.ACCEPTED, "a".repeat(64));

        assertThat(submissions.findBySha256("410711", DEC_2013, "a".repeat(64)))
                .extracting(ReturnSubmission::id)
                .containsExactly(first.id());
        assertThat(submissions.findBySha256("410711", DEC_2013, "b".repeat(64))).isEmpty();
    }

    @Test
    void activityAndIssuesRoundTrip() {
        ReturnSubmission s = submit("410711", DEC_2013, SubmissionStatus.REJECTED, "c".repeat(64));
        submissions.insertActivity(new ActivityFigure(s.id(), 24, 6, null, 31));
        submissions.insertIssues(List.of(
                new SubmissionIssue(s.id(), 1, "ERROR", "项目台账", "H5", "合同投资额", "abc", "合同投资额应为数字"),
                new SubmissionIssue(s.id(), 2, "WARNING", "项目台账", null, null, null, "项目 XM-9 本月未出现在台账中")));

        assertThat(submissions.findActivity(s.id())).isEqualTo(new ActivityFigure(s.id(), 24, 6, null, 31));
        assertThat(submissions.findIssues(s.id()))
                .extracting(SubmissionIssue::cellRef)
                .containsExactly("H5", null);
        assertThat(jdbc.queryForObject(
                        "SELECT message FROM submission_issue WHERE submission_id = ? AND seq_no = 1",
                        String.class,
                        s.id()))
                .isEqualTo("合同投资额应为数字");
    }
}
