package org.zsyz.scorecard.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class PortalAccountMapperTests {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 10, 3, 9, 30);

    @Autowired
    PortalAccountMapper accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    /** Empty tables (inside the test's transaction, rolled back with it), whatever other tests left committed. */
    @org.junit.jupiter.api.BeforeEach
    void emptyDatabase() {
        org.zsyz.scorecard.store.testsupport.DatabaseCleaner.clean(dataSource);
    }

    void add(String username, String role, String unit) {
        accounts.insertAccount(
                new PortalAccount(null, username, "{bcrypt}$2a$10$hash", role, unit, true, 0, null, NOW));
    }

    @Test
    void anAccountReadsBackWholeAndNamesAreUnique() {
        add("muye", PortalAccount.COUNTY, "410711");

        PortalAccount stored = accounts.findByUsername("muye");
        assertThat(stored.id()).isNotNull();
        assertThat(stored.role()).isEqualTo("COUNTY");
        assertThat(stored.unitCode()).isEqualTo("410711");
        assertThat(stored.passwordHash()).isEqualTo("{bcrypt}$2a$10$hash");
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.lockedUntil()).isNull();
        assertThat(accounts.findByUsername("nobody")).isNull();
        assertThatThrownBy(() -> add("muye", PortalAccount.BUREAU, null)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void bureauAccountsListFirst() {
        add("zeta", PortalAccount.COUNTY, "410711");
        add("alpha", PortalAccount.COUNTY, "410702");
        add("office", PortalAccount.BUREAU, null);

        assertThat(accounts.findAll()).extracting(PortalAccount::username).containsExactly("office", "alpha", "zeta");
    }

    @Test
    void theFifthWrongPasswordLocksAndAGoodLoginResets() {
        add("muye", PortalAccount.COUNTY, "410711");
        LocalDateTime until = NOW.plusMinutes(15);
        for (int i = 1; i <= 4; i++) {
            accounts.recordFailure("muye", 5, until);
        }
        assertThat(accounts.findByUsername("muye").failedAttempts()).isEqualTo(4);
        assertThat(accounts.findByUsername("muye").lockedUntil()).isNull();

        accounts.recordFailure("muye", 5, until);
        PortalAccount locked = accounts.findByUsername("muye");
        assertThat(locked.lockedUntil()).isEqualTo(until);
        assertThat(locked.failedAttempts()).isZero();

        accounts.resetFailures("muye");
        assertThat(accounts.findByUsername("muye").lockedUntil()).isNull();
    }

    @Test
    void passwordAndEnabledChange() {
        add("muye", PortalAccount.COUNTY, "410711");
        accounts.recordFailure("muye", 1, NOW.plusMinutes(15));

        assertThat(accounts.updatePassword("muye", "{bcrypt}new")).isOne();
        assertThat(accounts.updateEnabled("muye", false)).isOne();
        assertThat(accounts.updateEnabled("nobody", false)).isZero();

        PortalAccount changed = accounts.findByUsername("muye");
        assertThat(changed.passwordHash()).isEqualTo("{bcrypt}new");
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.lockedUntil()).as("a new password lifts a lock").isNull();
    }

    @Test
    void unitCodesAreCheckedAgainstEveryYear() {
        jdbc.update("INSERT INTO assessment_group (assess_year, group_name, display_order) VALUES (2025, '城区', 1)");
        jdbc.update("INSERT INTO assessed_unit (assess_year, unit_code, unit_name, group_name, ranked, display_order) "
                + "VALUES (2025, '410711', '牧野区', '城区', TRUE, 1)");

        assertThat(accounts.countUnitYears("410711")).isOne();
        assertThat(accounts.countUnitYears("999999")).isZero();
    }
}
