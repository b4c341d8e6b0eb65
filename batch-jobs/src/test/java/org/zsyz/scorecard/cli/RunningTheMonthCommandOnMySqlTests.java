package org.zsyz.scorecard.cli;

import java.util.List;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.testsupport.OnMySql;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/** {@link RunningTheMonthCommandTests} with the commands on MariaDB/MySQL (skipped when none answers). */
@OnMySql
class RunningTheMonthCommandOnMySqlTests extends RunningTheMonthCommandTests {

    static final String LOAD_FOLDER = TestDatabases.LOAD_FOLDER;

    @Override
    List<String> databaseArguments() {
        return List.of(
                "--spring.datasource.url=" + TestDatabases.MYSQL_URL,
                "--spring.datasource.username=" + TestDatabases.MYSQL_USER,
                "--spring.datasource.password=" + TestDatabases.MYSQL_PASSWORD,
                "--scorecard.import.load-folder=" + LOAD_FOLDER,
                "--spring.datasource.hikari.data-source-properties.allowLoadLocalInfileInPath=" + LOAD_FOLDER);
    }

    @Override
    void freshDatabase() {
        run("jobs"); // creates the schema on a new database
        DatabaseCleaner.clean(new DriverManagerDataSource(
                TestDatabases.MYSQL_URL, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD));
    }
}
