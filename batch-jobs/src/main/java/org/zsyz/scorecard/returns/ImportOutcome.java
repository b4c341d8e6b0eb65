package org.zsyz.scorecard.returns;

import java.util.List;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * How one return file ended: a line of the per-file result table.
 *
 * @param unitCode  {@code null} when the file could not be attributed to a unit
 * @param versionNo the version stored, or the earlier identical version
 * @param identical the same bytes were received before; nothing changed
 * @param keptInInbox not attributable while the period's year has no targets: left in the inbox, so the same
 *                    command imports it once the targets are imported
 */
public record ImportOutcome(
        String fileName,
        String sha256,
        String unitCode,
        String unitName,
        Integer versionNo,
        SubmissionStatus status,
        boolean late,
        boolean identical,
        int rows,
        int errors,
        int warnings,
        List<ImportIssue> issues,
        boolean keptInInbox) {

    public ImportOutcome(
            String fileName,
            String sha256,
            String unitCode,
            String unitName,
            Integer versionNo,
            SubmissionStatus status,
            boolean late,
            boolean identical,
            int rows,
            int errors,
            int warnings,
            List<ImportIssue> issues) {
        this(
                fileName, sha256, unitCode, unitName, versionNo, status, late, identical, rows, errors, warnings,
                issues, false);
    }

    /** The same outcome, for a file left in the inbox until the year's targets are imported. */
    public ImportOutcome asKeptInInbox() {
        return new ImportOutcome(
                fileName, sha256, unitCode, unitName, versionNo, status, late, identical, rows, errors, warnings,
                issues, true);
    }

    static ImportOutcome unattributed(String fileName, String sha256, List<ImportIssue> issues) {
        int errors = (int) issues.stream().filter(ImportIssue::isError).count();
        return new ImportOutcome(
                fileName,
                sha256,
                null,
                null,
                null,
                SubmissionStatus.REJECTED,
                false,
                false,
                0,
                errors,
                issues.size() - errors,
                issues);
    }

    /** The same bytes as an earlier version: nothing is stored; a rejected one carries its stored issues. */
    static ImportOutcome identical(
            String fileName,
            org.zsyz.scorecard.store.unit.AssessedUnit unit,
            ReturnSubmission earlier,
            List<ImportIssue> earlierIssues) {
        return new ImportOutcome(
                fileName,
                earlier.sha256(),
                unit.unitCode(),
                unit.unitName(),
                earlier.versionNo(),
                earlier.status(),
                earlier.late(),
                true,
                earlier.rowCount(),
                earlier.errorCount(),
                earlier.warningCount(),
                List.copyOf(earlierIssues));
    }

    public boolean accepted() {
        return status == SubmissionStatus.ACCEPTED;
    }
}
