package org.zsyz.scorecard.store.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the integration tests find MariaDB/MySQL. Defaults match a developer machine with MariaDB on
 * 127.0.0.1:3306 (root, empty password); CI sets the variables for its own least-privilege user.
 */
public final class TestDatabases {

    public static final String MYSQL_URL = env(
            "SCORECARD_TEST_MYSQL_URL",
            "jdbc:mysql://127.0.0.1:3306/scorecard_test?createDatabaseIfNotExist=true&characterEncoding=UTF-8");
    public static final String MYSQL_USER = env("SCORECARD_TEST_MYSQL_USER", "root");
    public static final String MYSQL_PASSWORD = env("SCORECARD_TEST_MYSQL_PASSWORD", "");

    /** When true (CI), an unreachable MariaDB fails the tests instead of skipping them. */
    public static final boolean MYSQL_REQUIRED = Boolean.parseBoolean(env("SCORECARD_REQUIRE_MYSQL", "false"));

    /** The folder of LOAD DATA LOCAL INFILE files on MariaDB/MySQL: the one {@link OnMySql} configures. */
    public static final String LOAD_FOLDER = java.nio.file.Path.of(
                    System.getProperty("java.io.tmpdir"), "scorecard-test-load")
            .toString();

    private TestDatabases() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Whether the MySQL/MariaDB server behind {@code connection} accepts LOAD DATA LOCAL INFILE (MariaDB does by
     * default, MySQL 8 does not); where it does not, the import stores ledger rows with inserts instead.
     */
    public static boolean allowsLocalInfile(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@GLOBAL.local_infile")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Opens a plain JDBC connection, to check reachability or to verify what a mapper wrote. */
    public static Connection openMySql() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD);
    }
}
