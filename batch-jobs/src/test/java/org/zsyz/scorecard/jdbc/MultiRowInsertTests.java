package org.zsyz.scorecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zsyz.scorecard.store.testsupport.MySqlAvailableCondition;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/**
 * Rows of every count split into the five statement sizes and come back exactly, nulls included, on H2 and on
 * MariaDB (a plain JDBC check of what was written).
 */
class MultiRowInsertTests {

    record Probe(int no, String name, BigDecimal amount, LocalDate day, Integer rank) {}

    static final MultiRowInsert<Probe> INSERT = new MultiRowInsert<>(
            "multi_row_probe", List.of("probe_no", "probe_name", "amount", "signed_on", "rank_no"), (ps, o, p) -> {
                ps.setInt(o + 1, p.no());
                ps.setString(o + 2, p.name());
                ps.setBigDecimal(o + 3, p.amount());
                ps.setObject(o + 4, p.day(), Types.DATE);
                MultiRowInsert.setInteger(ps, o + 5, p.rank());
            });

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void everyRowOfEveryStatementSizeIsStoredExactly(String database) throws Exception {
        try (SingleConnectionDataSource dataSource = connect(database)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("DROP TABLE IF EXISTS multi_row_probe");
            jdbc.execute("CREATE TABLE multi_row_probe (probe_no INT PRIMARY KEY, probe_name VARCHAR(40),"
                    + " amount DECIMAL(24,8), signed_on DATE, rank_no INT)");
            try {
                List<Probe> rows = new ArrayList<>();
                for (int i = 1; i <= 256 + 64 + 16 * 2 + 4 * 3 + 3; i++) { // 367: every size, several times
                    rows.add(new Probe(
                            i,
                            i % 7 == 0 ? null : "项目" + i,
                            i % 5 == 0 ? null : new BigDecimal(i + ".125"),
                            i % 3 == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(i),
                            i % 2 == 0 ? null : i));
                }

                assertThat(INSERT.insert(jdbc, rows)).isEqualTo(367);
                assertThat(INSERT.insert(jdbc, List.of())).isZero();

                List<Map<String, Object>> stored = jdbc.queryForList(
                        "SELECT probe_no, probe_name, amount, signed_on, rank_no FROM multi_row_probe ORDER BY probe_no");
                assertThat(stored).hasSize(367);
                Map<String, Object> seventy = stored.get(69); // no 70: divisible by 7, 5 and 2
                assertThat(seventy.get("probe_name")).isNull();
                assertThat(seventy.get("amount")).isNull();
                assertThat(seventy.get("rank_no")).isNull();
                assertThat(seventy.get("signed_on").toString()).isEqualTo("2025-03-12");
                Map<String, Object> last = stored.get(366); // no 367
                assertThat(last.get("probe_name")).isEqualTo("项目367");
                assertThat((BigDecimal) last.get("amount")).isEqualByComparingTo("367.125");
                assertThat(((Number) last.get("rank_no")).intValue()).isEqualTo(367);
                assertThat(jdbc.queryForObject("SELECT SUM(probe_no) FROM multi_row_probe", Long.class))
                        .isEqualTo(367L * 368 / 2);
            } finally {
                jdbc.execute("DROP TABLE multi_row_probe");
            }
        }
    }

    private static SingleConnectionDataSource connect(String database) throws SQLException {
        if (database.equals("h2")) {
            return new SingleConnectionDataSource("jdbc:h2:mem:multirow;MODE=MySQL", "sa", "", true);
        }
        MySqlAvailableCondition.assumeReachable();
        return new SingleConnectionDataSource(
                TestDatabases.MYSQL_URL, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD, true);
    }
}
