package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.duplicates.DuplicateCheck;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Imports one return file as one version of a unit's period. Must run inside a transaction (the batch
 * chunk's): the ledger is streamed into the database inside a nested transaction (a savepoint) that is
 * rolled back if any error turns up, so a rejected return leaves only its record and its errors behind.
 */
@Component
public class ReturnImporter implements DisposableBean {

    static final int INSERT_SLICE = 500;

    private final LedgerProjectWriter ledger;
    private final CoverUnitCheck coverUnit;
    private final ReturnVersionRecorder versions;
    private final ScorecardProperties settings;
    private final AssessmentRulesSource method;
    private final AuditTrail audit;
    private final TransactionTemplate savepoint;
    private final PlatformTransactionManager transactionManager;
    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private final WorkbookReader workbooks = new WorkbookReader(ReadLimits.DEFAULT);
    private final ReadAheadPool readingAhead = new ReadAheadPool();

    public ReturnImporter(
            ReturnSubmissionMapper submissions,
            LedgerProjectWriter ledger,
            AssessedUnitMapper units,
            ScorecardProperties settings,
            PlatformTransactionManager transactionManager,
            PreviousReturnCheck previousReturn,
            AssessmentRulesSource method,
            AuditTrail audit,
            DuplicateCheck duplicates) {
        this.audit = audit;
        this.method = method;
        this.ledger = ledger;
        this.coverUnit = new CoverUnitCheck(units);
        this.versions = new ReturnVersionRecorder(submissions, previousReturn, method, duplicates);
        this.settings = settings;
        this.transactionManager = transactionManager;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * @param file       the workbook; its name is what the unit called it
     * @param period     the period being imported (the inbox folder's)
     * @param receivedAt when the file arrived, judged against the deadline
     * @param source     INBOX or PORTAL
     */
    public ImportOutcome importFile(Path file, YearMonth period, LocalDateTime receivedAt, String source) {
        return importFile(file, file.getFileName().toString(), period, receivedAt, source, null);
    }

    /**
     * The same, for a file kept under a generated name (the portal's uploads) and sent by a known unit.
     *
     * @param fileName     the name the unit gave the file: what the version records and every message names
     * @param expectedUnit the unit the sender acts for, or {@code null}; a file whose cover names another unit
     *                     is refused and recorded nowhere, so nobody can add a version to another unit's period
     */
    public ImportOutcome importFile(
            Path file,
            String fileName,
            YearMonth period,
            LocalDateTime receivedAt,
            String source,
            String expectedUnit) {
        String sha256 = FileDigest.sha256(file);
        ReturnWorkbookReader reader = new ReturnWorkbookReader(
                workbooks, settings.industries(), method.extraColumns(period), "PORTAL".equals(source));
        ImportOutcome outcome;
        try {
            outcome = importInOnePass(reader, file, fileName, sha256, period, receivedAt, source, expectedUnit);
        } catch (ReturnWorkbookReader.CoverNotFirstException e) {
            // A reordered workbook: nothing was stored yet; the cover alone first, then the whole file.
            outcome = importInTwoPasses(reader, file, fileName, sha256, period, receivedAt, source, expectedUnit);
        }
        audit(outcome, period, source);
        return outcome;
    }

    /** In the import's transaction: a version stored is on the audit trail, one rolled back is not. */
    private void audit(ImportOutcome o, YearMonth period, String source) {
        if (o.keptInInbox()) {
            return;
        }
        String result = o.identical()
                ? "与第 " + o.versionNo() + " 版完全相同，未另存"
                : o.versionNo() == null
                        ? "未存（" + o.errors() + " 处错误）"
                        : "第 " + o.versionNo() + " 版，" + (o.status() == SubmissionStatus.ACCEPTED ? "已接收" : "未接收") + "，"
                                + o.rows() + " 个项目，" + o.errors() + " 处错误，" + o.warnings() + " 处提示"
                                + (o.late() ? "，逾期" : "");
        audit.record(
                "PORTAL".equals(source) ? AuditAction.RETURN_UPLOAD : AuditAction.RETURN_IMPORT,
                period,
                o.unitCode(),
                o.fileName() + "（SHA-256 " + o.sha256() + "）",
                result);
    }

    @Override
    public void destroy() {
        readingAhead.shutdown();
    }

    /**
     * Starts reading {@code file} for {@code period} on a worker thread now, while the file before it is being
     * stored; {@link #importFile} picks the reading up (the inbox reader keeps two files ahead).
     */
    public void startReadAhead(Path file, YearMonth period) {
        readingAhead.start(
                new ReturnWorkbookReader(workbooks, settings.industries(), method.extraColumns(period), false),
                file,
                period);
    }

    /** Gives up the readings of these files started ahead that will not be imported (the run stopped). */
    public void cancelReadAhead(Collection<Path> files) {
        readingAhead.cancel(files);
    }

    /** Thrown out of the reader when the cover names another unit than the sender's: nothing is stored. */
    private static final class ForeignUnit extends RuntimeException {
        final transient ImportIssue issue;

        ForeignUnit(ImportIssue issue) {
            super(null, null, false, false);
            this.issue = issue;
        }
    }

    /** Thrown out of the reader when the file turns out identical to a stored version: nothing more to read. */
    private static final class IdenticalFile extends RuntimeException {
        IdenticalFile() {
            super(null, null, false, false);
        }
    }

    /**
     * The usual way: one read of the file. When the cover has been read (before the first ledger row) the unit is
     * identified, the version recorded and the savepoint opened, exactly as {@link #importInTwoPasses} does between
     * its two reads.
     */
    private ImportOutcome importInOnePass(
            ReturnWorkbookReader reader,
            Path file,
            String fileName,
            String sha256,
            YearMonth period,
            LocalDateTime receivedAt,
            String source,
            String expectedUnit) {
        IssueList placeIssues = new IssueList();
        ReturnVersionRecorder.Decision d = new ReturnVersionRecorder.Decision();
        ReturnWorkbookReader.ReturnContent content;
        String unreadable = null;
        try {
            content = readingAhead
                    .take(reader, file, period)
                    .finish(
                            cover -> {
                                d.unit = coverUnit.identifyUnit(fileName, cover, period, placeIssues);
                                if (d.unit == null) {
                                    return null;
                                }
                                ImportIssue foreign =
                                        CoverUnitCheck.foreignUnitIssue(fileName, cover, d.unit, expectedUnit);
                                if (foreign != null) {
                                    throw new ForeignUnit(foreign);
                                }
                                d.identical = versions.identicalVersion(d.unit, period, sha256);
                                if (d.identical != null) {
                                    throw new IdenticalFile();
                                }
                                versions.recordVersion(d, cover, fileName, sha256, period, receivedAt, source);
                                d.savepoint = transactionManager.getTransaction(NESTED);
                                // the rows themselves come back to this thread in slices, for ledger::insertProjects
                                return new ReturnWorkbookReader.LedgerSink(d.submissionId, project -> {});
                            },
                            ledger::insertProjects);
        } catch (IdenticalFile e) {
            return versions.identicalOutcome(fileName, d.unit, period, d.identical);
        } catch (ForeignUnit e) {
            return ImportOutcome.unattributed(fileName, sha256, List.of(e.issue));
        } catch (UnreadableWorkbookException e) {
            if (d.unit == null) {
                // As when the cover alone cannot be read: no unit to record it against.
                return ImportOutcome.unattributed(fileName, sha256, ReturnVersionRecorder.fileIssue(e.getMessage()));
            }
            content = null;
            unreadable = e.getMessage();
        } catch (RuntimeException e) {
            rollback(d.savepoint);
            throw e;
        }
        if (d.unit == null) {
            return ImportOutcome.unattributed(fileName, sha256, CoverUnitCheck.merge(content.issues(), placeIssues));
        }
        try {
            if (unreadable == null) {
                IssueList issues = content.issues();
                placeIssues.all().forEach(issues::add);
                if (issues.hasErrors()) {
                    // Rows of a rejected return may already be in: the savepoint's rollback takes them all out.
                    rollback(d.savepoint);
                } else {
                    versions.storeTheRest(d, period, content, issues);
                    transactionManager.commit(d.savepoint);
                }
            } else {
                rollback(d.savepoint);
            }
        } catch (RuntimeException e) {
            rollback(d.savepoint);
            throw e;
        }
        return versions.finish(d, content, unreadable, fileName, sha256, period, receivedAt, source);
    }

    /** The way for a workbook whose cover is not its first sheet: the cover alone, then the whole file. */
    private ImportOutcome importInTwoPasses(
            ReturnWorkbookReader reader,
            Path file,
            String fileName,
            String sha256,
            YearMonth period,
            LocalDateTime receivedAt,
            String source,
            String expectedUnit) {
        // First a look at the cover alone, to know whose return this is before anything is stored.
        ReturnWorkbookReader.Cover cover;
        try {
            cover = reader.readCover(file);
        } catch (UnreadableWorkbookException e) {
            return ImportOutcome.unattributed(fileName, sha256, ReturnVersionRecorder.fileIssue(e.getMessage()));
        }
        IssueList placeIssues = new IssueList();
        ReturnVersionRecorder.Decision d = new ReturnVersionRecorder.Decision();
        d.unit = coverUnit.identifyUnit(fileName, cover, period, placeIssues);
        if (d.unit == null) {
            return ImportOutcome.unattributed(
                    fileName, sha256, CoverUnitCheck.unattributedIssues(reader, file, period, placeIssues));
        }
        ImportIssue foreign = CoverUnitCheck.foreignUnitIssue(fileName, cover, d.unit, expectedUnit);
        if (foreign != null) {
            return ImportOutcome.unattributed(fileName, sha256, List.of(foreign));
        }

        ReturnSubmission identical = versions.identicalVersion(d.unit, period, sha256);
        if (identical != null) {
            return versions.identicalOutcome(fileName, d.unit, period, identical);
        }
        versions.recordVersion(d, cover, fileName, sha256, period, receivedAt, source);

        ReturnWorkbookReader.ReturnContent[] content = new ReturnWorkbookReader.ReturnContent[1];
        String[] unreadable = new String[1];
        savepoint.executeWithoutResult(status -> {
            List<LedgerProject> slice = new ArrayList<>(INSERT_SLICE);
            try {
                content[0] = reader.read(file, d.submissionId, period, inSlices(slice));
            } catch (UnreadableWorkbookException e) {
                unreadable[0] = e.getMessage();
                status.setRollbackOnly();
                return;
            }
            IssueList issues = content[0].issues();
            placeIssues.all().forEach(issues::add);
            if (issues.hasErrors()) {
                // Rows of a rejected return may already be in: the savepoint's rollback takes them all out.
                status.setRollbackOnly();
                return;
            }
            if (!slice.isEmpty()) {
                ledger.insertProjects(slice);
            }
            versions.storeTheRest(d, period, content[0], issues);
        });
        return versions.finish(d, content[0], unreadable[0], fileName, sha256, period, receivedAt, source);
    }

    /** A sink that stores ledger rows as they are read, a slice at a time. */
    private Consumer<LedgerProject> inSlices(List<LedgerProject> slice) {
        return project -> {
            slice.add(project);
            if (slice.size() == INSERT_SLICE) {
                ledger.insertProjects(slice);
                slice.clear();
            }
        };
    }

    private void rollback(TransactionStatus status) {
        if (status != null && !status.isCompleted()) {
            transactionManager.rollback(status);
        }
    }
}
