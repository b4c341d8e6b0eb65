package org.zsyz.scorecard.returns;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionStatus;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.duplicates.DuplicateCheck;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionIssue;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.unit.AssessedUnit;

/**
 * A version's records for {@link ReturnImporter}: the submission stored as rejected before its rows, the checks
 * and activity figures of a clean return, then its outcome and issues. Split out to keep the importer a screenful.
 */
final class ReturnVersionRecorder {

    // The importer's logger, so the import's log lines keep their category.
    private static final Logger log = LoggerFactory.getLogger(ReturnImporter.class);

    private final ReturnSubmissionMapper submissions;
    private final PreviousReturnCheck previousReturn;
    private final AssessmentRulesSource method;

    private final DuplicateCheck duplicates;

    ReturnVersionRecorder(
            ReturnSubmissionMapper submissions,
            PreviousReturnCheck previousReturn,
            AssessmentRulesSource method,
            DuplicateCheck duplicates) {
        this.duplicates = duplicates;
        this.submissions = submissions;
        this.previousReturn = previousReturn;
        this.method = method;
    }

    /** What the cover decided, and the savepoint the ledger rows are written under. */
    static final class Decision {
        AssessedUnit unit;
        ReturnSubmission identical;
        long submissionId;
        int version;
        boolean late;
        String reporter;
        String phone;
        TransactionStatus savepoint;
    }

    /** The stored version identical to this file, or {@code null}. */
    ReturnSubmission identicalVersion(AssessedUnit unit, YearMonth period, String sha256) {
        List<ReturnSubmission> identical = submissions.findBySha256(unit.unitCode(), period, sha256);
        return identical.isEmpty() ? null : identical.get(0);
    }

    /** For a return without errors, once its rows are in: the checks against last month, the activity figures. */
    void storeTheRest(Decision d, YearMonth period, ReturnWorkbookReader.ReturnContent content, IssueList issues) {
        previousReturn.compare(
                d.unit.unitCode(), period, d.submissionId, content.ledgerSheet(), content.ledgerColumns(), issues);
        Integer nameColumn = content.ledgerColumns().get(ReturnTemplate.PROJECT_NAME);
        duplicates.check(
                d.unit,
                period,
                d.submissionId,
                d.version,
                content.ledgerSheet(),
                nameColumn == null ? null : CellRef.columnName(nameColumn),
                issues);
        ReturnWorkbookReader.Activity a = content.activity();
        submissions.insertActivity(new ActivityFigure(
                d.submissionId, a.trips(), a.leaderTrips(), a.companiesVisited(), a.visitorsReceived()));
    }

    ImportOutcome identicalOutcome(String fileName, AssessedUnit unit, YearMonth period, ReturnSubmission earlier) {
        log.info(
                "{} is identical to version {} of {} {}; nothing changes",
                fileName,
                earlier.versionNo(),
                unit.unitCode(),
                period);
        return ImportOutcome.identical(
                fileName,
                unit,
                earlier,
                earlier.status() == SubmissionStatus.REJECTED
                        ? submissions.findIssues(earlier.id()).stream()
                                .map(ReturnVersionRecorder::toIssue)
                                .toList()
                        : List.of());
    }

    /** The version's record, stored as rejected until the outcome is known. */
    void recordVersion(
            Decision d,
            ReturnWorkbookReader.Cover cover,
            String fileName,
            String sha256,
            YearMonth period,
            LocalDateTime receivedAt,
            String source) {
        d.version = submissions.nextVersionNo(d.unit.unitCode(), period);
        d.late = isLate(period, receivedAt);
        d.reporter = clip(cover.reporter(), ReturnFieldRules.REPORTER_LIMIT);
        d.phone = clip(cover.phone(), ReturnFieldRules.PHONE_LIMIT);
        submissions.insertSubmission(new ReturnSubmission(
                null,
                d.unit.unitCode(),
                period,
                d.version,
                clip(fileName, 255),
                sha256,
                receivedAt,
                SubmissionStatus.REJECTED,
                d.late,
                0,
                0,
                0,
                null,
                null,
                source));
        d.submissionId =
                submissions.findVersion(d.unit.unitCode(), period, d.version).id();
    }

    ImportOutcome finish(
            Decision d,
            ReturnWorkbookReader.ReturnContent content,
            String unreadable,
            String fileName,
            String sha256,
            YearMonth period,
            LocalDateTime receivedAt,
            String source) {
        List<ImportIssue> issues;
        int rows;
        int errors;
        int warnings;
        if (unreadable != null) {
            issues = fileIssue(unreadable);
            rows = 0;
            errors = 1;
            warnings = 0;
        } else {
            IssueList found = content.issues();
            issues = found.all();
            errors = found.errorCount();
            warnings = found.warningCount();
            rows = errors == 0 ? content.projectCount() : 0;
        }
        AssessedUnit unit = d.unit;
        SubmissionStatus outcome = errors == 0 ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        submissions.updateOutcome(new ReturnSubmission(
                d.submissionId,
                unit.unitCode(),
                period,
                d.version,
                fileName,
                sha256,
                receivedAt,
                outcome,
                d.late,
                rows,
                errors,
                warnings,
                d.reporter,
                d.phone,
                source));
        if (!issues.isEmpty()) {
            List<SubmissionIssue> records = new ArrayList<>();
            for (ImportIssue issue : issues) {
                records.add(new SubmissionIssue(
                        d.submissionId,
                        records.size() + 1,
                        issue.severity().name(),
                        clip(issue.sheet(), 40),
                        clip(issue.cell(), 12),
                        clip(issue.field(), 40),
                        clip(issue.value(), 200),
                        clip(issue.message(), 500)));
            }
            int slice = ReturnImporter.INSERT_SLICE;
            for (int from = 0; from < records.size(); from += slice) {
                submissions.insertIssues(records.subList(from, Math.min(records.size(), from + slice)));
            }
        }
        log.info(
                "{} {} version {}: {} ({} rows, {} errors, {} warnings)",
                unit.unitCode(),
                period,
                d.version,
                outcome,
                rows,
                errors,
                warnings);
        return new ImportOutcome(
                fileName,
                sha256,
                unit.unitCode(),
                unit.unitName(),
                d.version,
                outcome,
                d.late,
                false,
                rows,
                errors,
                warnings,
                issues);
    }

    /** Late: received after the deadline the year's method sets (the same one the 扣分 uses). */
    private boolean isLate(YearMonth period, LocalDateTime receivedAt) {
        return receivedAt.toLocalDate().isAfter(method.deadline(period));
    }

    static List<ImportIssue> fileIssue(String message) {
        return List.of(new ImportIssue(ImportIssue.Severity.ERROR, null, null, null, null, message));
    }

    private static ImportIssue toIssue(SubmissionIssue stored) {
        return new ImportIssue(
                ImportIssue.Severity.valueOf(stored.severity()),
                stored.sheetName(),
                stored.cellRef(),
                stored.fieldName(),
                stored.foundValue(),
                stored.message());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
