package org.zsyz.scorecard.assess;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Where the assess job's tests start: {@link AssessedCity} created in an empty database before each test, and the
 * database left empty after it (committed rows would meet the next build's mapper tests on the same database).
 * The subclass carries {@code @ScorecardTest} itself, so its working folder and context stay its own.
 */
abstract class AssessedCityTestBase {

    @Autowired
    ScorecardOperations operations;

    @Autowired
    AssessmentMapper results;

    @Autowired
    DataSource dataSource;

    @Autowired
    AssessedUnitMapper units;

    @Autowired
    AnnualTargetMapper targets;

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    LedgerProjectMapper ledger;

    AssessedCity city;

    /** Runs in the emptied database before the city is created. */
    void beforeCity() throws Exception {}

    @BeforeEach
    final void aFreshCity() throws Exception {
        DatabaseCleaner.clean(dataSource);
        beforeCity();
        city = new AssessedCity(units, targets, submissions, ledger);
        city.create();
    }

    @AfterEach
    final void leaveTheDatabaseEmpty() {
        DatabaseCleaner.clean(dataSource);
    }
}
