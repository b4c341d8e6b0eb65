package org.zsyz.scorecard.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.testsupport.OnMySql;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/**
 * {@link QuickCommandsTests} on MariaDB/MySQL through the {@code mysql} profile (its driver properties included),
 * the server named by arguments (skipped when none answers).
 */
@OnMySql
class QuickCommandsOnMySqlTests extends QuickCommandsTests {

    static final String LOAD_FOLDER = TestDatabases.LOAD_FOLDER;

    @Override
    List<String> databaseArguments() {
        return List.of(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + TestDatabases.MYSQL_URL,
                "--spring.datasource.username=" + TestDatabases.MYSQL_USER,
                "--spring.datasource.password=" + TestDatabases.MYSQL_PASSWORD,
                "--scorecard.import.load-folder=" + LOAD_FOLDER);
    }

    @Override
    void freshDatabase() {
        run(false, null, "jobs"); // creates the schema on a new database
        DatabaseCleaner.clean(new DriverManagerDataSource(
                TestDatabases.MYSQL_URL, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD));
    }

    @Override
    Connection connect() throws SQLException {
        return TestDatabases.openMySql();
    }
}
