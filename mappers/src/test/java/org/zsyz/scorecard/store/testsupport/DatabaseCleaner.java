package org.zsyz.scorecard.store.testsupport;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table (children first) so a committing test starts from a fresh database. */
public final class DatabaseCleaner {

    private static final List<String> TABLES = List.of(
            "outbound_message",
            "unit_contact",
            "term_objection_file",
            "term_objection",
            "term_publication",
            "term_adjustment",
            "term_indicator_result",
            "term_unit_result",
            "term_run",
            "audit_event",
            "audit_head",
            "project_review",
            "assessed_exclusion",
            "publication_score",
            "publication_figure",
            "project_duplicate",
            "project_evidence",
            "spot_check",
            "spot_check_draw",
            "portal_upload",
            "submission_send_back",
            "portal_account",
            "import_outcome_issue",
            "import_outcome",
            "submission_issue",
            "activity_figure",
            "ledger_project",
            "return_submission",
            "publication_file",
            "publication",
            "indicator_result",
            "unit_score",
            "score_adjustment",
            "assessment_warning",
            "assessment_run",
            "annual_target",
            "schedule_progress",
            "target_import",
            "assessed_unit",
            "assessment_group",
            "run_lock",
            "BATCH_STEP_EXECUTION_CONTEXT",
            "BATCH_STEP_EXECUTION",
            "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION",
            "BATCH_JOB_INSTANCE");

    private DatabaseCleaner() {}

    public static void clean(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }
}
