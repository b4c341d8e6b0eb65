package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.duplicates.ProjectKeys;
import org.zsyz.scorecard.jdbc.LoadDataLocal;
import org.zsyz.scorecard.jdbc.LoadFolder;
import org.zsyz.scorecard.jdbc.MultiRowInsert;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * The import's ledger writer, on the transaction's connection, so the import's savepoint still takes a rejected
 * return's rows out. On MySQL/MariaDB with a load folder ({@code scorecard.import.load-folder}, which the mysql
 * profile also gives Connector/J as the only folder it may send from) each slice goes as one
 * {@code LOAD DATA LOCAL INFILE} ({@link LoadDataLocal}, through this process's subfolder: {@link LoadFolder});
 * where that is not possible (H2, a server without {@code local_infile}, no folder) as multi-row inserts
 * ({@link MultiRowInsert}). Which one is decided once, on
 * first use, by loading an empty file, and logged. The multi-row inserts replaced a rewritten JDBC batch
 * (Connector/J encoded every value three times) and before that a MyBatis {@code <foreach>} insert; the
 * benchmark prints this writer against a plain JDBC batch. Values are stored exactly as
 * {@code LedgerProjectMapper} reads them back: the closed lists by their Chinese labels. Each row carries its
 * 重复项目 key ({@link ProjectKeys}), which {@code DuplicateCheck} matches on.
 */
@Component
public class JdbcLedgerProjectWriter implements LedgerProjectWriter, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JdbcLedgerProjectWriter.class);

    static final List<String> COLUMNS = List.of(
            "submission_id",
            "project_no",
            "row_no",
            "project_name",
            "investor",
            "investor_source",
            "industry",
            "project_status",
            "signed_on",
            "contract_amount",
            "started_on",
            "funds_total",
            "funds_this_year",
            "foreign_funds_this_year",
            "fulfilled",
            "fortune500",
            "remark",
            "match_key");

    static final LoadDataLocal<LedgerProject> LOAD =
            new LoadDataLocal<>("ledger_project", COLUMNS, JdbcLedgerProjectWriter::encode);

    static final MultiRowInsert<LedgerProject> INSERT =
            new MultiRowInsert<>("ledger_project", COLUMNS, JdbcLedgerProjectWriter::bind);

    /** With the method's extra columns (issue 18); a slice without any goes the way above, unchanged. */
    static final List<String> COLUMNS_WITH_EXTRAS = java.util.stream.Stream.concat(
                    COLUMNS.stream(), java.util.stream.Stream.of("extra_values"))
            .toList();

    static final LoadDataLocal<LedgerProject> LOAD_WITH_EXTRAS = new LoadDataLocal<>(
            "ledger_project", COLUMNS_WITH_EXTRAS, (p, f) -> encode(p, f).text(p.extraValues()));

    static final MultiRowInsert<LedgerProject> INSERT_WITH_EXTRAS =
            new MultiRowInsert<>("ledger_project", COLUMNS_WITH_EXTRAS, (ps, offset, p) -> {
                bind(ps, offset, p);
                ps.setString(offset + COLUMNS_WITH_EXTRAS.size(), p.extraValues());
            });

    private final JdbcTemplate jdbc;
    private final LoadFolder loadFolder;
    /** Whether slices go as LOAD DATA; {@code null} until the first slice decides. */
    private volatile Boolean loading;

    /** @param loadFolder where LOAD DATA's files go; blank for multi-row inserts only */
    public JdbcLedgerProjectWriter(
            DataSource dataSource, @Value("${scorecard.import.load-folder:}") String loadFolder) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.loadFolder =
                loadFolder == null || loadFolder.isBlank() ? null : new LoadFolder(Path.of(loadFolder.strip()));
        this.loading = this.loadFolder == null ? Boolean.FALSE : null;
    }

    @Override
    public int insertProjects(List<LedgerProject> projects) {
        if (projects.isEmpty()) {
            return 0;
        }
        // only a method with extra columns gives rows values (all blank cells: none on that row)
        boolean extras = projects.stream().anyMatch(p -> p.extraValues() != null);
        if (loading()) {
            loadFolder.sweepIfDue();
            LoadDataLocal<LedgerProject> load = extras ? LOAD_WITH_EXTRAS : LOAD;
            return jdbc.execute(
                    (ConnectionCallback<Integer>) connection -> load.load(connection, loadFolder.own(), projects));
        }
        return (extras ? INSERT_WITH_EXTRAS : INSERT).insert(jdbc, projects);
    }

    /** Whether this writer stores by LOAD DATA (decided on the first slice). */
    public boolean loadsData() {
        return Boolean.TRUE.equals(loading);
    }

    private boolean loading() {
        Boolean decided = loading;
        if (decided == null) {
            synchronized (this) {
                decided = loading;
                if (decided == null) {
                    String refused = jdbc.execute((ConnectionCallback<String>) connection -> {
                        String product = connection.getMetaData().getDatabaseProductName();
                        return product != null && (product.contains("MySQL") || product.contains("MariaDB"))
                                ? LOAD.probe(connection, loadFolder.own())
                                : "the database is " + product;
                    });
                    decided = refused == null;
                    if (decided) {
                        log.info(
                                "Ledger rows are stored with LOAD DATA LOCAL INFILE through {}",
                                loadFolder.root().toAbsolutePath().normalize());
                    } else {
                        log.info(
                                "Ledger rows are stored with multi-row inserts: LOAD DATA LOCAL INFILE is not "
                                        + "possible here ({})",
                                refused);
                    }
                    loading = decided;
                }
            }
        }
        return decided;
    }

    /** The process ends normally: its load subfolder (empty: every load removes its file) goes too. */
    @Override
    public void destroy() {
        if (loadFolder != null) {
            loadFolder.removeOwn();
        }
    }

    private static LoadDataLocal.Fields encode(LedgerProject p, LoadDataLocal.Fields f) {
        return f.number(p.submissionId())
                .text(p.projectNo())
                .number(p.rowNo())
                .text(p.projectName())
                .text(p.investor())
                .text(p.investorSource() == null ? null : p.investorSource().label())
                .text(p.industry())
                .text(p.projectStatus() == null ? null : p.projectStatus().label())
                .date(p.signedOn())
                .decimal(p.contractAmount())
                .date(p.startedOn())
                .decimal(p.fundsTotal())
                .decimal(p.fundsThisYear())
                .decimal(p.foreignFundsThisYear())
                .bool(p.fulfilled())
                .bool(p.fortune500())
                .text(p.remark())
                .text(ProjectKeys.key(p.investor(), p.projectName()));
    }

    private static void bind(PreparedStatement ps, int offset, LedgerProject p) throws SQLException {
        ps.setLong(offset + 1, p.submissionId());
        ps.setString(offset + 2, p.projectNo());
        ps.setInt(offset + 3, p.rowNo());
        ps.setString(offset + 4, p.projectName());
        ps.setString(offset + 5, p.investor());
        ps.setString(
                offset + 6,
                p.investorSource() == null ? null : p.investorSource().label());
        ps.setString(offset + 7, p.industry());
        ps.setString(
                offset + 8, p.projectStatus() == null ? null : p.projectStatus().label());
        ps.setObject(offset + 9, p.signedOn(), Types.DATE);
        ps.setBigDecimal(offset + 10, p.contractAmount());
        ps.setObject(offset + 11, p.startedOn(), Types.DATE);
        ps.setBigDecimal(offset + 12, p.fundsTotal());
        ps.setBigDecimal(offset + 13, p.fundsThisYear());
        ps.setBigDecimal(offset + 14, p.foreignFundsThisYear());
        ps.setBoolean(offset + 15, p.fulfilled());
        ps.setBoolean(offset + 16, p.fortune500());
        ps.setString(offset + 17, p.remark());
        ps.setString(offset + 18, ProjectKeys.key(p.investor(), p.projectName()));
    }
}
