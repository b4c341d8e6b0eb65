package org.zsyz.scorecard.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.returns.JdbcLedgerProjectWriter;
import org.zsyz.scorecard.returns.ReturnWorkbookReader;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * (b) The same ledger rows stored two ways, file by file, one transaction per file as the import commits them: the
 * project's writer ({@link JdbcLedgerProjectWriter} in slices of {@link #SLICE} inside a Spring transaction, on a
 * Hikari pool with the application's connection settings and load folder, exactly as {@code ReturnImporter} calls
 * it: LOAD DATA LOCAL INFILE on MySQL/MariaDB, multi-row inserts on H2) and a bare
 * plain JDBC batch insert of the same rows ({@code addBatch}, {@code executeBatch} every {@link #SLICE} rows,
 * {@code rewriteBatchedStatements=true} on MySQL). Each side writes its own copy of the submissions, so both insert
 * into the same table with the same indexes; the rows are deleted (untimed) between passes.
 */
final class WriterComparison {

    static final int SLICE = 500;
    static final String OURS = "writer";
    static final String JDBC = "jdbc-batch";

    private static final String INSERT = "INSERT INTO ledger_project (submission_id, project_no, row_no, project_name,"
            + " investor, investor_source, industry, project_status, signed_on, contract_amount, started_on,"
            + " funds_total, funds_this_year, foreign_funds_this_year, fulfilled, fortune500, remark)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BenchDatabase db;
    private final Path home;
    private final List<Path> files;
    private final YearMonth period;

    WriterComparison(BenchDatabase db, Path home, List<Path> files, YearMonth period) {
        this.db = db;
        this.home = home;
        this.files = files;
        this.period = period;
    }

    Map<String, Object> run(int rounds) throws Exception {
        ReturnWorkbookReader reader =
                new ReturnWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT), Industries.DEFAULT);
        List<List<LedgerProject>> perFile = new ArrayList<>();
        List<String> units = new ArrayList<>();
        long rows = 0;
        for (Path file : files) {
            List<LedgerProject> projects = new ArrayList<>();
            units.add(reader.readCover(file).unitCode());
            reader.read(file, 0L, period, projects::add);
            perFile.add(projects);
            rows += projects.size();
        }
        List<List<LedgerProject>> oursRows = withSubmissions(perFile, submissions(units, 901));
        List<List<LedgerProject>> jdbcRows = withSubmissions(perFile, submissions(units, 902));

        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(db.mysql ? db.url : db.appUrl(home));
        pool.setUsername(db.mysql ? db.user : "sa");
        pool.setPassword(db.mysql ? db.password : "");
        if (db.mysql) {
            // as the application's mysql profile (application-mysql.properties)
            pool.addDataSourceProperty("characterEncoding", "UTF-8");
            pool.addDataSourceProperty("rewriteBatchedStatements", "true");
            pool.addDataSourceProperty("cachePrepStmts", "true");
            pool.addDataSourceProperty("prepStmtCacheSize", "100");
            pool.addDataSourceProperty("prepStmtCacheSqlLimit", "16384");
            pool.addDataSourceProperty(
                    "allowLoadLocalInfileInPath", loadFolder().toString());
        }
        pool.setMaximumPoolSize(2);
        ProjectWriter project = new ProjectWriter(pool, db.mysql ? loadFolder().toString() : "");
        try (Connection plain = db.connect(home, "rewriteBatchedStatements=true")) {
            plain.setAutoCommit(false);
            // Warm-up, then interleaved measured passes.
            writeOurs(project, oursRows);
            clear(oursRows);
            writeJdbc(plain, jdbcRows);
            clear(jdbcRows);
            double[] ours = new double[rounds];
            double[] jdbc = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ours[r] = ReaderComparison.time(() -> writeOurs(project, oursRows));
                clear(oursRows);
                jdbc[r] = ReaderComparison.time(() -> writeJdbc(plain, jdbcRows));
                clear(jdbcRows);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("files", files.size());
            result.put("rows", rows);
            result.put("rounds", rounds);
            result.put("writerStores", project.writer.loadsData() ? "LOAD DATA LOCAL INFILE" : "multi-row INSERT");
            result.put(OURS, figures(rows, ReaderComparison.median(ours)));
            result.put(JDBC, figures(rows, ReaderComparison.median(jdbc)));
            result.put(
                    "ratioToJdbcBatch",
                    ReaderComparison.round(ReaderComparison.median(jdbc) / ReaderComparison.median(ours), 2));
            return result;
        } finally {
            pool.close();
        }
    }

    /** Where the writer's LOAD DATA files go, as the mysql profile's {@code work/load} of the working folder. */
    private Path loadFolder() {
        return home.toAbsolutePath().resolve("work").resolve("load");
    }

    private static Map<String, Object> figures(long rows, double seconds) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("seconds", ReaderComparison.round(seconds, 3));
        one.put("rowsPerSecond", Math.round(rows / seconds));
        return one;
    }

    /** The project's writer, in a transaction per file as the import step commits one file per chunk. */
    private static final class ProjectWriter {
        final JdbcLedgerProjectWriter writer;
        final TransactionTemplate transactions;

        ProjectWriter(DataSource dataSource, String loadFolder) {
            this.writer = new JdbcLedgerProjectWriter(dataSource, loadFolder);
            this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        }
    }

    private long writeOurs(ProjectWriter project, List<List<LedgerProject>> perFile) {
        for (List<LedgerProject> projects : perFile) {
            project.transactions.executeWithoutResult(status -> {
                for (int from = 0; from < projects.size(); from += SLICE) {
                    project.writer.insertProjects(projects.subList(from, Math.min(projects.size(), from + SLICE)));
                }
            });
        }
        return 0;
    }

    private static long writeJdbc(Connection c, List<List<LedgerProject>> perFile) throws Exception {
        for (List<LedgerProject> projects : perFile) {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (LedgerProject p : projects) {
                    insert.setLong(1, p.submissionId());
                    insert.setString(2, p.projectNo());
                    insert.setInt(3, p.rowNo());
                    insert.setString(4, p.projectName());
                    insert.setString(5, p.investor());
                    insert.setString(6, p.investorSource().label());
                    insert.setString(7, p.industry());
                    insert.setString(8, p.projectStatus().label());
                    insert.setObject(9, p.signedOn(), Types.DATE);
                    insert.setBigDecimal(10, p.contractAmount());
                    insert.setObject(11, p.startedOn(), Types.DATE);
                    insert.setBigDecimal(12, p.fundsTotal());
                    insert.setBigDecimal(13, p.fundsThisYear());
                    insert.setBigDecimal(14, p.foreignFundsThisYear());
                    insert.setBoolean(15, p.fulfilled());
                    insert.setBoolean(16, p.fortune500());
                    insert.setString(17, p.remark());
                    insert.addBatch();
                    if (++pending == SLICE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            c.commit();
        }
        return 0;
    }

    /** One accepted version per file, numbered {@code version} so the two sides never collide. */
    private List<Long> submissions(List<String> units, int version) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.connect(home, "");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO return_submission (unit_code, period, version_no, file_name, sha256, submitted_at, status,"
                                + " late, row_count, error_count, warning_count, source)"
                                + " VALUES (?, ?, ?, ?, ?, ?, 'ACCEPTED', FALSE, 0, 0, 0, 'INBOX')",
                        Statement.RETURN_GENERATED_KEYS)) {
            for (String unit : units) {
                insert.setString(1, unit);
                insert.setString(2, period.toString());
                insert.setInt(3, version);
                insert.setString(4, unit + ".xlsx");
                insert.setString(5, "0".repeat(64));
                insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.of(2025, 10, 2, 9, 0)));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<List<LedgerProject>> withSubmissions(List<List<LedgerProject>> perFile, List<Long> ids) {
        List<List<LedgerProject>> out = new ArrayList<>();
        for (int i = 0; i < perFile.size(); i++) {
            long id = ids.get(i);
            out.add(perFile.get(i).stream()
                    .map(p -> new LedgerProject(
                            id,
                            p.projectNo(),
                            p.rowNo(),
                            p.projectName(),
                            p.investor(),
                            p.investorSource(),
                            p.industry(),
                            p.projectStatus(),
                            p.signedOn(),
                            p.contractAmount(),
                            p.startedOn(),
                            p.fundsTotal(),
                            p.fundsThisYear(),
                            p.foreignFundsThisYear(),
                            p.fulfilled(),
                            p.fortune500(),
                            p.remark()))
                    .toList());
        }
        return out;
    }

    private void clear(List<List<LedgerProject>> perFile) throws Exception {
        try (Connection c = db.connect(home, "");
                PreparedStatement delete = c.prepareStatement("DELETE FROM ledger_project WHERE submission_id = ?")) {
            for (List<LedgerProject> projects : perFile) {
                if (!projects.isEmpty()) {
                    delete.setLong(1, projects.get(0).submissionId());
                    delete.executeUpdate();
                }
            }
        }
    }
}
