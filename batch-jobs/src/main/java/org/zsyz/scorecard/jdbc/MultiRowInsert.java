package org.zsyz.scorecard.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.config.MariaDbFractionalSeconds;

/**
 * Inserts many rows of one table as multi-row {@code INSERT ... VALUES (...), (...), ...} statements on the
 * transaction's connection, for the few tables written by the hundred thousand (ledger rows, the assessment's
 * results and warnings).
 *
 * <p>Why not MyBatis {@code <foreach>} or a JDBC batch: the first evaluates an OGNL expression per column per row,
 * the second, rewritten by Connector/J into a multi-row insert, encodes every value three times; profiled at
 * nation scale each was most of its step's thread. Statements come in five sizes (256, 64, 16, 4 and 1 rows), so
 * Connector/J parses each once per connection ({@code cachePrepStmts}) whatever the row count. Rows must carry no
 * date-times: they are bound past {@link MariaDbFractionalSeconds}' reflective wrapper (dates are fine).
 *
 * @param <T> the row type
 */
public final class MultiRowInsert<T> {

    /** Binds one row whose first parameter is {@code offset + 1}. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, int offset, T row) throws SQLException;
    }

    /** Rows per statement: a list goes as the fewest of these (317 rows: 256 + 3 × 16 + 3 × 4 + 1). */
    static final int[] STATEMENT_ROWS = {256, 64, 16, 4, 1};

    private final int columns;
    private final RowBinder<T> binder;
    private final String[] statements = new String[STATEMENT_ROWS.length];

    /**
     * @param table   the table
     * @param columns its columns in the order the binder binds them
     */
    public MultiRowInsert(String table, List<String> columns, RowBinder<T> binder) {
        this.columns = columns.size();
        this.binder = binder;
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        String values = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int s = 0; s < STATEMENT_ROWS.length; s++) {
            StringBuilder sql =
                    new StringBuilder(head.length() + STATEMENT_ROWS[s] * (values.length() + 2)).append(head);
            for (int i = 0; i < STATEMENT_ROWS[s]; i++) {
                sql.append(i == 0 ? "" : ", ").append(values);
            }
            statements[s] = sql.toString();
        }
    }

    /** Inserts {@code rows} in the current transaction; returns their number. */
    public int insert(JdbcTemplate jdbc, List<T> rows) {
        int from = 0;
        while (from < rows.size()) {
            int left = rows.size() - from;
            int s = 0;
            while (STATEMENT_ROWS[s] > left) {
                s++;
            }
            List<T> part = rows.subList(from, from + STATEMENT_ROWS[s]);
            String sql = statements[s];
            from += part.size();
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    PreparedStatement direct = MariaDbFractionalSeconds.unwrapped(statement);
                    int offset = 0;
                    for (T row : part) {
                        binder.bind(direct, offset, row);
                        offset += columns;
                    }
                    direct.executeUpdate();
                }
                return null;
            });
        }
        return rows.size();
    }

    /** An {@code Integer} or SQL NULL. */
    public static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
