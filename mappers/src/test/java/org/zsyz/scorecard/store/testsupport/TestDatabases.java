package org.zsyz.scorecard.store.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the integration tests find MariaDB/MySQL. Defaults match a developer machine with MariaDB on
 * 127.0.0.1:3306 (root, empty password); CI sets the variables for its own least-privilege user.
 *
 * <p>Maven runs the test classes in two JVMs at once (surefire's forks, {@code scorecard.test.forks}); each has its
 * own database and its own folder for LOAD DATA LOCAL INFILE, so that one JVM's cleaning never meets the other's
 * rows or files. The first JVM keeps the configured database, the n-th uses it with {@code _n} appended.
 */
public final class TestDatabases {

    /** This JVM among surefire's ({@code fork-1}, {@code fork-2}, …); {@code fork-1} outside Maven. */
    public static final String FORK_NAME = System.getProperty("scorecard.test.fork", "fork-1");

    /** Surefire's number of this JVM (1, 2, …). */
    public static final int FORK = Integer.parseInt(FORK_NAME.substring(FORK_NAME.lastIndexOf('-') + 1));

    public static final String MYSQL_URL = forkDatabase(env(
            "SCORECARD_TEST_MYSQL_URL",
            "jdbc:mysql://127.0.0.1:3306/scorecard_test?createDatabaseIfNotExist=true&characterEncoding=UTF-8"));
    public static final String MYSQL_USER = env("SCORECARD_TEST_MYSQL_USER", "root");
    public static final String MYSQL_PASSWORD = env("SCORECARD_TEST_MYSQL_PASSWORD", "");

    /** When true (CI), an unreachable MariaDB fails the tests instead of skipping them. */
    public static final boolean MYSQL_REQUIRED = Boolean.parseBoolean(env("SCORECARD_REQUIRE_MYSQL", "false"));

    static {
        // read by @OnMySql's properties when a Spring test context starts
        System.setProperty("scorecard.test.mysql-url", MYSQL_URL);
    }

    private TestDatabases() {}

    /** The folder of this JVM where the import writes its LOAD DATA LOCAL INFILE files. */
    public static java.nio.file.Path loadFolder() {
        return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "scorecard-test-load-" + FORK_NAME);
    }

    /** The URL with this JVM's database: {@code scorecard_test} → {@code scorecard_test_2} in the second JVM. */
    static String forkDatabase(String url) {
        if (FORK == 1) {
            return url;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^/?]+)(\\?.*)?$")
                .matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("no database name in " + url);
        }
        String query = m.group(3) == null ? "" : m.group(3);
        if (!query.contains("createDatabaseIfNotExist")) {
            query = (query.isEmpty() ? "?" : query + "&") + "createDatabaseIfNotExist=true";
        }
        return m.group(1) + m.group(2) + "_" + FORK + query;
    }

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
