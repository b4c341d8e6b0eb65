package org.zsyz.scorecard.returns;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.jdbc.MultiRowInsert;

/**
 * The import's ledger writer: each slice as multi-row inserts ({@link MultiRowInsert}) on the transaction's
 * connection, so the import's savepoint still takes a rejected return's rows out. It replaced a rewritten JDBC
 * batch (Connector/J encoded every value three times) and before that a MyBatis {@code <foreach>} insert; the
 * benchmark prints this writer against a plain JDBC batch. Values are stored exactly as
 * {@code LedgerProjectMapper} reads them back: the closed lists by their Chinese labels.
 */
@Component
public class JdbcLedgerProjectWriter implements LedgerProjectWriter {

    static final MultiRowInsert<LedgerProject> INSERT = new MultiRowInsert<>("ledger_project",
            List.of("submission_id", "project_no", "row_no", "project_name", "investor", "investor_source", "industry",
                    "project_status", "signed_on", "contract_amount", "started_on", "funds_total", "funds_this_year",
                    "foreign_funds_this_year", "fulfilled", "fortune500", "remark"),
            JdbcLedgerProjectWriter::bind);

    private final JdbcTemplate jdbc;

    public JdbcLedgerProjectWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public int insertProjects(List<LedgerProject> projects) {
        return INSERT.insert(jdbc, projects);
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
