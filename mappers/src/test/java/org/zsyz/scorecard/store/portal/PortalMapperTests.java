package org.zsyz.scorecard.store.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class PortalMapperTests {

    static final YearMonth SEP = YearMonth.of(2025, 9);

    @Autowired
    PortalMapper portal;

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    /** Empty tables (inside the test's transaction, rolled back with it), whatever other tests left committed. */
    @org.junit.jupiter.api.BeforeEach
    void emptyDatabase() {
        org.zsyz.scorecard.store.testsupport.DatabaseCleaner.clean(dataSource);
    }

    ReturnSubmission submit(String unit, YearMonth period, SubmissionStatus status) {
        int version = submissions.nextVersionNo(unit, period);
        submissions.insertSubmission(new ReturnSubmission(
                null,
                unit,
                period,
                version,
                unit + ".xlsx",
                Integer.toString(version).repeat(64),
                LocalDateTime.of(2025, 10, 3, 10, version),
                status,
                false,
                2,
                status == SubmissionStatus.REJECTED ? 1 : 0,
                0,
                null,
                null,
                "PORTAL"));
        return submissions.findVersion(unit, period, version);
    }

    @Test
    void aSendBackTakesTheVersionOutOfCountingAndTheUnitSeesTheReason() {
        ReturnSubmission accepted = submit("410711", SEP, SubmissionStatus.ACCEPTED);
        assertThat(submissions.findCountingForUnit("410711", SEP)).isNotNull();

        assertThat(portal.markReturned(accepted.id())).isOne();
        portal.insertSendBack(new SendBack(accepted.id(), "项目台账漏报两个项目", "office", LocalDateTime.of(2025, 10, 4, 9, 0)));

        assertThat(submissions.findCountingForUnit("410711", SEP))
                .as("a returned version does not count")
                .isNull();
        assertThat(portal.markReturned(accepted.id()))
                .as("only an accepted version can be returned")
                .isZero();
        SubmissionLine line = portal.findLine(accepted.id());
        assertThat(line.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(line.sendBackReason()).isEqualTo("项目台账漏报两个项目");
        assertThat(line.returnedAt()).isEqualTo(LocalDateTime.of(2025, 10, 4, 9, 0));
        assertThat(portal.findSendBack(accepted.id()).returnedBy()).isEqualTo("office");
    }

    @Test
    void aRejectedVersionCannotBeReturned() {
        ReturnSubmission rejected = submit("410711", SEP, SubmissionStatus.REJECTED);
        assertThat(portal.markReturned(rejected.id())).isZero();
        assertThat(portal.findLine(rejected.id()).status()).isEqualTo(SubmissionStatus.REJECTED);
    }

    @Test
    void linesOfAUnitAreNewestFirstAndOnlyItsOwn() {
        ReturnSubmission first = submit("410711", SEP.minusMonths(1), SubmissionStatus.ACCEPTED);
        ReturnSubmission rejected = submit("410711", SEP, SubmissionStatus.REJECTED);
        submit("410711", SEP, SubmissionStatus.ACCEPTED);
        submit("410702", SEP, SubmissionStatus.ACCEPTED);
        portal.insertUpload(new PortalUpload(
                rejected.id(), "uploads/2025-09/410711/a.xlsx", "uploads/2025-09/410711/a-错误清单.xlsx", "muye"));

        assertThat(portal.findUnitLines("410711", 100))
                .extracting(SubmissionLine::period, SubmissionLine::versionNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SEP, 2),
                        org.assertj.core.groups.Tuple.tuple(SEP, 1),
                        org.assertj.core.groups.Tuple.tuple(SEP.minusMonths(1), 1));
        assertThat(portal.findUnitLines("410711", 1)).hasSize(1);
        assertThat(portal.findLine(rejected.id()).hasErrorWorkbook()).isTrue();
        assertThat(portal.findLine(first.id()).hasErrorWorkbook()).isFalse();
        assertThat(portal.findUpload(rejected.id()).errorWorkbook()).isEqualTo("uploads/2025-09/410711/a-错误清单.xlsx");
        assertThat(portal.findPeriodLines(SEP))
                .extracting(SubmissionLine::unitCode)
                .containsExactly("410702", "410711", "410711");
    }

    @Test
    void nothingAssessedOrPublishedYet() {
        assertThat(portal.latestAssessedPeriod()).isNull();
        assertThat(portal.publishedPeriods()).isEmpty();
    }

    @Test
    void latestAssessedAndPublishedPeriods() {
        // (no mapper query before the inserts: MyBatis' session cache would not see plain JDBC writes)
        jdbc.update(
                "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES "
                        + "('2025-08', '2025-09-06 02:00:00', 'default', ?), ('2025-09', '2025-10-06 02:00:00', 'default', ?)",
                "a".repeat(64),
                "a".repeat(64));
        jdbc.update(
                "INSERT INTO publication (period, revision, published_at, folder, manifest_sha256, file_count) "
                        + "VALUES ('2025-08', 0, '2025-09-06 02:01:00', 'out/2025-08', ?, 3), "
                        + "('2025-09', 0, '2025-10-06 02:01:00', 'out/2025-09', ?, 3), "
                        + "('2025-09', 1, '2025-10-08 02:01:00', 'out/2025-09', ?, 3)",
                "b".repeat(64),
                "b".repeat(64),
                "b".repeat(64));

        assertThat(portal.latestAssessedPeriod()).isEqualTo(SEP);
        assertThat(portal.publishedPeriods()).containsExactly(SEP, SEP.minusMonths(1));
    }
}
