package org.zsyz.scorecard.store.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/**
 * V39 moves the 重复项目 keys from project_key onto the ledger rows and the name cells' column onto the version: a
 * database written by the release before it keeps every key and cell, on H2 and on MariaDB.
 */
class MatchKeyMigrationTests {

    private static final String KEY_A = "a".repeat(64);
    private static final String KEY_B = "b".repeat(64);

    @Test
    void keysAndNameCellsWrittenBeforeV39AreCarriedOverOnH2() throws Exception {
        String url = "jdbc:h2:mem:match_key_migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        upgradeAndCheck(url, "sa", "", "h2");
    }

    @Test
    void keysAndNameCellsWrittenBeforeV39AreCarriedOverOnMySql() throws Exception {
        String url = TestDatabases.MYSQL_URL.replaceFirst("/[^/?]+\\?", "/scorecard_test_migration?");
        try (Connection server = TestDatabases.openMySql()) {
            try (Statement s = server.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS scorecard_test_migration");
                s.execute("CREATE DATABASE scorecard_test_migration CHARACTER SET utf8mb4");
            }
        } catch (SQLException e) {
            assumeTrue(TestDatabases.MYSQL_REQUIRED, "no MariaDB/MySQL: " + e.getMessage());
            throw e;
        }
        upgradeAndCheck(url, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD, "mysql");
    }

    private static void upgradeAndCheck(String url, String user, String password, String vendor) throws Exception {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target("38")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO return_submission (id, unit_code, period, version_no, file_name, sha256,"
                    + " submitted_at, status, late, row_count, error_count, warning_count, source)"
                    + " VALUES (7, '410711', '2025-09', 1, 'a.xlsx', '" + KEY_A + "', '2025-10-05 09:00:00',"
                    + " 'ACCEPTED', FALSE, 2, 0, 0, 'INBOX'),"
                    + " (8, '410712', '2025-09', 1, 'b.xlsx', '" + KEY_B + "', '2025-10-05 09:00:00',"
                    + " 'ACCEPTED', FALSE, 1, 0, 0, 'INBOX')");
            s.execute("INSERT INTO ledger_project (submission_id, project_no, row_no, project_name, investor,"
                    + " investor_source, industry, project_status, fulfilled, fortune500) VALUES"
                    + " (7, 'P-1', 5, '一号项目', '甲公司', '省外', '制造业', '签约', FALSE, FALSE),"
                    + " (7, 'P-2', 6, '二号项目', '', '省外', '制造业', '签约', FALSE, FALSE),"
                    + " (8, 'Q-1', 12, '一号项目', '甲公司', '省外', '制造业', '签约', FALSE, FALSE)");
            s.execute("INSERT INTO project_key (submission_id, project_no, match_key, name_cell) VALUES"
                    + " (7, 'P-1', '" + KEY_A + "', 'C5'), (8, 'Q-1', '" + KEY_A + "', 'AB12')");
        }

        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load()
                .migrate();

        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            assertThat(rows(
                            s,
                            "SELECT submission_id, project_no, match_key FROM ledger_project"
                                    + " ORDER BY submission_id, project_no"))
                    .containsExactly("7 P-1 " + KEY_A, "7 P-2 null", "8 Q-1 " + KEY_A);
            assertThat(rows(s, "SELECT id, name_column FROM return_submission ORDER BY id"))
                    .containsExactly("7 C", "8 AB");
            assertThat(rows(s, "SELECT COUNT(*) FROM ledger_project WHERE match_key = '" + KEY_A + "'"))
                    .containsExactly("2");
        }
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
