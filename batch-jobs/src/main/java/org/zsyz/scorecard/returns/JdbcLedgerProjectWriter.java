package org.zsyz.scorecard.returns;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.config.MariaDbFractionalSeconds;

/**
 * The import's ledger writer: each slice as one multi-row {@code INSERT ... VALUES (...), (...), ...} with its
 * parameters bound directly, on the transaction's connection (through {@link JdbcTemplate}), so the import's
 * savepoint still takes a rejected return's rows out.
 *
 * <p>Why not a JDBC batch: Connector/J's rewriting of a batch into a multi-row insert
 * ({@code rewriteBatchedStatements=true}) encodes every value three times (to size the packet, to copy the
 * row's bindings into the rewritten statement, to send it); profiled at nation scale that was two thirds of the
 * importing thread. Writing the multi-row statement ourselves leaves one encoding. It replaced, before that, a
 * MyBatis {@code <foreach>} insert that evaluated 17 OGNL expressions per row on every call. The benchmark prints
 * this writer against a plain JDBC batch. Values are stored exactly as {@code LedgerProjectMapper} reads them back:
 * the closed lists by their Chinese labels.
 */
@Component
public class JdbcLedgerProjectWriter implements LedgerProjectWriter {

    static final String COLUMNS = "INSERT INTO ledger_project (submission_id, project_no, row_no, project_name,"
            + " investor, investor_source, industry, project_status, signed_on, contract_amount, started_on,"
            + " funds_total, funds_this_year, foreign_funds_this_year, fulfilled, fortune500, remark) VALUES ";
    private static final int PARAMETERS = 17;
    /**
     * The statements' sizes in rows: a slice goes as the fewest of these (317 rows: 256 + 3 × 16 + 3 × 4 + 1), so
     * that there are five statements to parse once per connection (Connector/J's {@code cachePrepStmts}) instead of
     * one per slice size, and each is at most about 14 KB of SQL.
     */
    static final int[] STATEMENT_ROWS = { 256, 64, 16, 4, 1 };

    private final JdbcTemplate jdbc;
    private final Map<Integer, String> statements = new ConcurrentHashMap<>();

    public JdbcLedgerProjectWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public int insertProjects(List<LedgerProject> projects) {
        int from = 0;
        while (from < projects.size()) {
            int left = projects.size() - from;
            int size = 1;
            for (int candidate : STATEMENT_ROWS) {
                if (candidate <= left) {
                    size = candidate;
                    break;
                }
            }
            List<LedgerProject> rows = projects.subList(from, from + size);
            from += size;
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(insertOf(rows.size()))) {
                    // No date-times here (dates only): the rows are bound past the fractional-seconds wrapper.
                    PreparedStatement direct = MariaDbFractionalSeconds.unwrapped(statement);
                    int offset = 0;
                    for (LedgerProject project : rows) {
                        bind(direct, offset, project);
                        offset += PARAMETERS;
                    }
                    direct.executeUpdate();
                }
                return null;
            });
        }
        return projects.size();
    }

    /** The insert of {@code rows} rows. */
    String insertOf(int rows) {
        return statements.computeIfAbsent(rows, n -> {
            String values = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            StringBuilder sql = new StringBuilder(COLUMNS.length() + n * (values.length() + 2)).append(COLUMNS);
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "" : ", ").append(values);
            }
            return sql.toString();
        });
    }

    private static void bind(PreparedStatement ps, int offset, LedgerProject p) throws SQLException {
        ps.setLong(offset + 1, p.submissionId());
        ps.setString(offset + 2, p.projectNo());
        ps.setInt(offset + 3, p.rowNo());
        ps.setString(offset + 4, p.projectName());
        ps.setString(offset + 5, p.investor());
        ps.setString(offset + 6, p.investorSource() == null ? null : p.investorSource().label());
        ps.setString(offset + 7, p.industry());
        ps.setString(offset + 8, p.projectStatus() == null ? null : p.projectStatus().label());
        ps.setObject(offset + 9, p.signedOn(), Types.DATE);
        ps.setBigDecimal(offset + 10, p.contractAmount());
        ps.setObject(offset + 11, p.startedOn(), Types.DATE);
        ps.setBigDecimal(offset + 12, p.fundsTotal());
        ps.setBigDecimal(offset + 13, p.fundsThisYear());
        ps.setBigDecimal(offset + 14, p.foreignFundsThisYear());
        ps.setBoolean(offset + 15, p.fulfilled());
        ps.setBoolean(offset + 16, p.fortune500());
        ps.setString(offset + 17, p.remark());
    }
}
