package org.zsyz.scorecard.batch;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zsyz.scorecard.store.testsupport.MySqlAvailableCondition;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/** Two contexts, two connection pools, one MariaDB database. */
@ExtendWith(MySqlAvailableCondition.class)
class RunLockOnMySqlTests extends RunLockTests {

    @Override
    List<String> databaseArguments() {
        return List.of(
                "--spring.datasource.url=" + TestDatabases.MYSQL_URL,
                "--spring.datasource.username=" + TestDatabases.MYSQL_USER,
                "--spring.datasource.password=" + TestDatabases.MYSQL_PASSWORD);
    }
}
