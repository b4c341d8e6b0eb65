package org.zsyz.scorecard.store.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.account.PortalAccount;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class BureauMapperTests {

    static final YearMonth SEP = YearMonth.of(2025, 9);

    @Autowired
    BureauMapper bureau;

    @Autowired
    PortalMapper portal;

    @Autowired
    PortalAccountMapper accounts;

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @org.junit.jupiter.api.BeforeEach
    void emptyDatabase() {
        org.zsyz.scorecard.store.testsupport.DatabaseCleaner.clean(dataSource);
    }

    ReturnSubmission submit(String unit, String reporter, String phone, String source) {
        int version = submissions.nextVersionNo(unit, SEP);
        submissions.insertSubmission(new ReturnSubmission(
                null,
                unit,
                SEP,
                version,
                unit + ".xlsx",
                unit.substring(5).repeat(64),
                LocalDateTime.of(2025, 10, 3, 10, version),
                SubmissionStatus.ACCEPTED,
                false,
                2,
                0,
                0,
                reporter,
                phone,
                source));
        return submissions.findVersion(unit, SEP, version);
    }

    void account(String username, String role, String unit) {
        accounts.insertAccount(new PortalAccount(
                null, username, "{bcrypt}$2a$10$hash", role, unit, true, 0, null, LocalDateTime.of(2025, 10, 1, 9, 0)));
    }

    @Test
    void factsNameTheCoverContactAndWhetherTheBureauUploadedIt() {
        account("muye", PortalAccount.COUNTY, "410711");
        account("office", PortalAccount.BUREAU, null);
        ReturnSubmission own = submit("410711", "王丽", "0399-6992188", "PORTAL");
        ReturnSubmission forUnit = submit("410702", "李静", null, "PORTAL");
        ReturnSubmission mailed = submit("410703", null, null, "INBOX");
        portal.insertUpload(new PortalUpload(own.id(), "uploads/a.xlsx", null, "muye"));
        portal.insertUpload(new PortalUpload(forUnit.id(), "uploads/b.xlsx", null, "office"));

        assertThat(bureau.findFacts(own.id()))
                .isEqualTo(new SubmissionFacts(own.id(), "王丽", "0399-6992188", "muye", false));
        assertThat(bureau.findFacts(forUnit.id()))
                .isEqualTo(new SubmissionFacts(forUnit.id(), "李静", null, "office", true));
        assertThat(bureau.findFacts(mailed.id())).isEqualTo(new SubmissionFacts(mailed.id(), null, null, null, false));
        assertThat(bureau.findPeriodFacts(SEP)).hasSize(3);
        assertThat(bureau.findPeriodFacts(SEP.minusMonths(1))).isEmpty();
        assertThat(bureau.findFacts(-1)).isNull();
    }

    @Test
    void assessedPeriodsAreNewestFirst() {
        for (String period : new String[] {"2025-08", "2025-09", "2024-12"}) {
            jdbc.update(
                    "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES (?, ?, ?, ?)",
                    period,
                    LocalDateTime.of(2025, 10, 3, 9, 0),
                    "sample",
                    "0".repeat(64));
        }
        assertThat(bureau.assessedPeriods())
                .containsExactly(YearMonth.of(2025, 9), YearMonth.of(2025, 8), YearMonth.of(2024, 12));
    }
}
