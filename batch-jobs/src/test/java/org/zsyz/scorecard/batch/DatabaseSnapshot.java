package org.zsyz.scorecard.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.excel.FileDigest;

/**
 * What a run leaves behind, in a form two runs can be compared by: the domain tables with natural keys for
 * surrogate ids and without the run's own timestamps, the run bookkeeping that must be clean afterwards, and
 * the file tree the run is responsible for with the SHA-256 of every file.
 */
public final class DatabaseSnapshot {

    private static final List<String> QUERIES = List.of(
            "SELECT unit_code, period, version_no, file_name, sha256, submitted_at, status, late, row_count, error_count, "
                    + "warning_count, reporter, phone, source FROM return_submission ORDER BY 1, 2, 3",
            "SELECT s.unit_code, s.period, s.version_no, p.project_no, p.row_no, p.project_name, p.investor, "
                    + "p.investor_source, p.industry, p.project_status, p.signed_on, p.contract_amount, p.started_on, "
                    + "p.funds_total, p.funds_this_year, p.foreign_funds_this_year, p.fulfilled, p.fortune500, p.remark "
                    + "FROM ledger_project p JOIN return_submission s ON s.id = p.submission_id ORDER BY 1, 2, 3, 4",
            "SELECT s.unit_code, s.period, s.version_no, a.trips, a.leader_trips, a.companies_visited, a.visitors_received "
                    + "FROM activity_figure a JOIN return_submission s ON s.id = a.submission_id ORDER BY 1, 2, 3",
            "SELECT s.unit_code, s.period, s.version_no, i.seq_no, i.severity, i.sheet_name, i.cell_ref, i.field_name, "
                    + "i.found_value, i.message FROM submission_issue i JOIN return_submission s ON s.id = i.submission_id "
                    + "ORDER BY 1, 2, 3, 4",
            "SELECT period, config_name, config_sha256 FROM assessment_run ORDER BY 1",
            "SELECT period, unit_code, indicator_code, value_ytd, numerator, denominator, target_value, progress, "
                    + "schedule_target, completion_rate, schedule_gap, last_year_ytd, yoy_rate, weight, score, "
                    + "indicator_rank, colour_band, formula FROM indicator_result ORDER BY 1, 2, 3",
            "SELECT u.period, u.unit_code, u.unit_name, u.group_name, u.ranked, s.period AS source_period, "
                    + "s.version_no AS source_version, u.report_status, u.base_score, u.bonus, u.deduction, u.total_score, "
                    + "u.grade, u.group_rank, u.group_size, u.previous_rank, u.rank_change, u.first_streak, u.list_mark "
                    + "FROM unit_score u LEFT JOIN return_submission s ON s.id = u.submission_id ORDER BY 1, 2",
            "SELECT period, unit_code, seq_no, kind, points, project_no, reason FROM score_adjustment ORDER BY 1, 2, 3",
            "SELECT period, unit_code, seq_no, kind, indicator_code, project_no, message FROM assessment_warning "
                    + "ORDER BY 1, 2, 3",
            "SELECT period, revision, folder, manifest_sha256, file_count FROM publication ORDER BY 1, 2",
            "SELECT p.period, p.revision, f.file_name, f.sha256, f.size_bytes FROM publication_file f "
                    + "JOIN publication p ON p.id = f.publication_id ORDER BY 1, 2, 3",
            "SELECT COUNT(*) AS run_locks_left FROM run_lock",
            "SELECT COUNT(*) AS executions_left_running FROM BATCH_JOB_EXECUTION "
                    + "WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')");

    private DatabaseSnapshot() {}

    public static String of(JdbcTemplate jdbc) {
        StringBuilder text = new StringBuilder();
        for (String query : QUERIES) {
            text.append("== ").append(query, 0, Math.min(60, query.length())).append('\n');
            for (Map<String, Object> row : jdbc.queryForList(query)) {
                text.append(row.values().stream().map(DatabaseSnapshot::cell).collect(Collectors.joining("|")))
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "∅";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }

    /** The files under out/, archive/, rejected/ and inbox/ (folders too) with the SHA-256 of each file. */
    public static String files(Path home) {
        StringBuilder text = new StringBuilder();
        for (String top : List.of("out", "archive", "rejected", "inbox")) {
            Path root = home.resolve(top);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted().toList()) {
                    String name = home.relativize(p).toString();
                    text.append(Files.isRegularFile(p) ? FileDigest.sha256(p) : "dir")
                            .append("  ")
                            .append(name)
                            .append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }
}
