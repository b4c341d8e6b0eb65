package org.zsyz.scorecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zsyz.scorecard.store.testsupport.MySqlAvailableCondition;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/**
 * LOAD DATA LOCAL INFILE on real MariaDB: every awkward value comes back exactly (checked by plain JDBC), the
 * server's silent truncation fails the load instead, the driver sends from the allowed folder only, and the load
 * files are gone afterwards.
 */
@ExtendWith(MySqlAvailableCondition.class)
class LoadDataLocalTests {

    record Probe(int no, String name, BigDecimal amount, LocalDate day, boolean done) {}

    static final LoadDataLocal<Probe> LOAD = new LoadDataLocal<>(
            "load_data_probe",
            List.of("probe_no", "probe_name", "amount", "signed_on", "done"),
            (p, f) -> f.number(p.no())
                    .text(p.name())
                    .decimal(p.amount())
                    .date(p.day())
                    .bool(p.done()));

    @TempDir
    Path folder;

    Connection connection;
    /** Whether the server accepts LOAD DATA LOCAL at all (MariaDB's default; MySQL 8 needs it switched on). */
    boolean localInfile;

    @BeforeEach
    void connect() throws SQLException {
        connection = open(folder);
        localInfile = TestDatabases.allowsLocalInfile(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS load_data_probe");
            s.execute("CREATE TABLE load_data_probe (probe_no INT PRIMARY KEY, probe_name VARCHAR(20),"
                    + " amount DECIMAL(24,8), signed_on DATE, done TINYINT(1) NOT NULL)"
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @AfterEach
    void dropTable() throws SQLException {
        if (connection != null) {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE IF EXISTS load_data_probe");
            }
            connection.close();
        }
    }

    /** A connection whose driver may send files from {@code allowed} only, as the mysql profile sets it up. */
    static Connection open(Path allowed) throws SQLException {
        String url = TestDatabases.MYSQL_URL + (TestDatabases.MYSQL_URL.contains("?") ? "&" : "?")
                + "allowLoadLocalInfileInPath=" + allowed.toAbsolutePath();
        return DriverManager.getConnection(url, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD);
    }

    @Test
    void everyAwkwardValueIsStoredExactly() throws Exception {
        assumeTrue(localInfile, "the server does not allow local_infile");
        List<Probe> rows = new ArrayList<>();
        rows.add(new Probe(1, "tab\there", new BigDecimal("12345678901234.12345678"), LocalDate.of(2025, 9, 30), true));
        rows.add(new Probe(2, "line\nbreak\r\nend", new BigDecimal("-0.00000001"), LocalDate.of(1999, 1, 1), false));
        rows.add(new Probe(3, "back\\slash \\N \\t", BigDecimal.ZERO, null, true));
        rows.add(new Probe(4, null, null, LocalDate.of(2024, 2, 29), false));
        rows.add(new Probe(5, "𠮷野区 'quote' \"dq\"", new BigDecimal("19.8"), null, false));
        rows.add(new Probe(6, "nul\0char", new BigDecimal("1E+3"), null, true));
        rows.add(new Probe(7, "", new BigDecimal("22.735"), null, false));

        assertThat(LOAD.probe(connection, folder)).isNull();
        assertThat(LOAD.load(connection, folder, rows)).isEqualTo(7);

        List<Map<String, Object>> stored = new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                .queryForList(
                        "SELECT probe_no, probe_name, amount, signed_on, done FROM load_data_probe ORDER BY probe_no");
        assertThat(stored).hasSize(7);
        assertThat(stored)
                .extracting(m -> m.get("probe_name"))
                .containsExactly(
                        "tab\there",
                        "line\nbreak\r\nend",
                        "back\\slash \\N \\t",
                        null,
                        "𠮷野区 'quote' \"dq\"",
                        "nul\0char",
                        "");
        assertThat(stored)
                .extracting(m -> m.get("amount"))
                .containsExactly(
                        new BigDecimal("12345678901234.12345678"),
                        new BigDecimal("-0.00000001"),
                        new BigDecimal("0E-8"),
                        null,
                        new BigDecimal("19.80000000"),
                        new BigDecimal("1000.00000000"),
                        new BigDecimal("22.73500000"));
        assertThat(stored)
                .extracting(m ->
                        m.get("signed_on") == null ? null : m.get("signed_on").toString())
                .containsExactly("2025-09-30", "1999-01-01", null, "2024-02-29", null, null, null);
        assertThat(stored).extracting(m -> m.get("done")).containsExactly(true, false, true, false, false, true, false);
        try (var left = Files.list(folder)) {
            assertThat(left).as("load files are removed").isEmpty();
        }
    }

    @Test
    void whatTheServerWouldTruncateOrSkipFailsTheLoadAndTheTransactionTakesItOut() throws Exception {
        assumeTrue(localInfile, "the server does not allow local_infile");
        connection.setAutoCommit(false);
        List<Probe> tooLong = List.of(
                new Probe(1, "短", null, null, false), new Probe(2, "二十个字以上的项目名称二十个字以上的项目名称", null, null, false));
        assertThatThrownBy(() -> LOAD.load(connection, folder, tooLong))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("load_data_probe")
                .hasMessageContaining("stored 2 of 2")
                .hasMessageContaining("probe_name");
        connection.rollback();

        List<Probe> duplicate = List.of(new Probe(1, "甲", null, null, false), new Probe(1, "乙", null, null, false));
        assertThatThrownBy(() -> LOAD.load(connection, folder, duplicate))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("stored 1 of 2");
        connection.rollback();

        try (Statement s = connection.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM load_data_probe")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void theDriverSendsNoFileOutsideTheAllowedFolder() throws Exception {
        try (Connection elsewhere = open(Files.createDirectories(folder.resolve("allowed")))) {
            assertThat(LOAD.probe(elsewhere, folder.resolve("other"))).isNotNull();
        }
        String plainUrl = TestDatabases.MYSQL_URL;
        try (Connection plain =
                DriverManager.getConnection(plainUrl, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD)) {
            assertThat(LOAD.probe(plain, folder)).isNotNull();
        }
        // and where the server refuses local_infile, the probe says so (the writer then uses inserts)
        assertThat(LOAD.probe(connection, folder) == null).isEqualTo(localInfile);
    }

    @Test
    void theFileNameIsQuotedAsAnSqlString() {
        assertThat(LoadDataLocal.quoted(Path.of("/srv/o'brien/load.tsv"))).isEqualTo("'/srv/o''brien/load.tsv'");
    }
}
