package org.zsyz.scorecard.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database a benchmark phase runs on: MariaDB/MySQL (one database, emptied before each phase, created if
 * missing) or an embedded H2 file in the phase's working folder (fresh by construction).
 */
final class BenchDatabase {

    final boolean mysql;
    final String url;
    final String user;
    final String password;

    BenchDatabase(boolean mysql, String url, String user, String password) {
        this.mysql = mysql;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The URL the application itself uses for a phase whose working folder is {@code home}. */
    String appUrl(Path home) {
        return mysql
                ? url
                : "jdbc:h2:file:" + home.toAbsolutePath().resolve("data").resolve("scorecard")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
    }

    Connection connect(Path home, String extraMySqlProperties) throws SQLException {
        if (!mysql) {
            return DriverManager.getConnection(appUrl(home), "sa", "");
        }
        String u = url + (url.contains("?") ? "&" : "?") + "characterEncoding=UTF-8"
                + (extraMySqlProperties.isEmpty() ? "" : "&" + extraMySqlProperties);
        return DriverManager.getConnection(u, user, password);
    }

    /** Drops every table of the MySQL database (creating the database if it is missing); nothing to do on H2. */
    void reset() throws SQLException {
        if (!mysql) {
            return;
        }
        try (Connection c = connect(null, "createDatabaseIfNotExist=true");
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String t : tables) {
                s.execute("DROP TABLE `" + t.replace("`", "``") + "`");
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    /** One line per top-level step of the latest execution of {@code job}: name, seconds, read, written. */
    List<Map<String, Object>> steps(Path home, String job) throws SQLException {
        List<Map<String, Object>> steps = new ArrayList<>();
        try (Connection c = connect(home, "");
                PreparedStatement q = c.prepareStatement(
                        "SELECT s.STEP_NAME, s.START_TIME, s.END_TIME, s.READ_COUNT, s.WRITE_COUNT, s.STATUS "
                                + "FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = (SELECT MAX(e.JOB_EXECUTION_ID) "
                                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                                + "WHERE i.JOB_NAME = ?) ORDER BY s.STEP_EXECUTION_ID")) {
            q.setString(1, job);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (name.contains(":")) {
                        continue; // a partition of a partitioned step: its manager step spans them all
                    }
                    Timestamp start = rs.getTimestamp(2);
                    Timestamp end = rs.getTimestamp(3);
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("step", name);
                    step.put(
                            "seconds",
                            start == null || end == null
                                    ? null
                                    : Math.round((end.getTime() - start.getTime()) / 10.0) / 100.0);
                    step.put("read", rs.getLong(4));
                    step.put("written", rs.getLong(5));
                    step.put("status", rs.getString(6));
                    steps.add(step);
                }
            }
        }
        return steps;
    }

    long count(Path home, String sql) throws SQLException {
        try (Connection c = connect(home, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String version() {
        if (!mysql) {
            return "H2 (embedded, file)";
        }
        try (Connection c = connect(null, "createDatabaseIfNotExist=true");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database " + url + ": " + e.getMessage(), e);
        }
    }
}
