package org.zsyz.scorecard.web;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Where every MockMvc test of the portal starts: an empty database, no stored uploads, the sample city's 2025
 * targets ({@link PortalFixtures#freshSampleCity}), and accounts made with one password. The subclass carries
 * {@link PortalTest} itself, so that its working folder ({@link #home()}) and context stay its own.
 */
abstract class PortalTestBase {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    AccountService accounts;

    @Autowired
    PortalAccountMapper accountRows;

    JdbcTemplate jdbc;

    /** The test class's working folder: its {@code static final Path home}, the same folder. */
    Path home() {
        return WorkingFolder.ofTest(getClass());
    }

    /** Runs before the sample city is set up, as the first step of each test: a test's clock is set here. */
    void beforeSampleCity() throws Exception {}

    @BeforeEach
    final void freshSampleCity() throws Exception {
        beforeSampleCity();
        jdbc = new JdbcTemplate(dataSource);
        PortalFixtures.freshSampleCity(dataSource, operations, home());
    }

    /** Adds an account with {@link #PASSWORD}: a county's for {@code unit}, or the bureau's ({@code unit} null). */
    PortalUser account(String username, String role, String unit) {
        return principal(
                accounts.add(username, role, unit, PASSWORD.toCharArray()).username());
    }

    /** The signed-in user of a stored account. */
    PortalUser principal(String username) {
        return new PortalUser(accountRows.findByUsername(username), false);
    }
}
