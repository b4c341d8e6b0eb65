package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.SafeFiles;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionIssue;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Imports one return file as one version of a unit's period. Must run inside a transaction (the batch
 * chunk's): the ledger is streamed into the database inside a nested transaction (a savepoint) that is
 * rolled back if any error turns up, so a rejected return leaves only its record and its errors behind.
 */
@Component
public class ReturnImporter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReturnImporter.class);
    private static final int INSERT_SLICE = 500;

    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectWriter ledger;
    private final AssessedUnitMapper units;
    private final ScorecardProperties settings;
    private final TransactionTemplate savepoint;
    private final PlatformTransactionManager transactionManager;
    private static final TransactionDefinition NESTED = new DefaultTransactionDefinition(
            TransactionDefinition.PROPAGATION_NESTED);
    private final PreviousReturnCheck previousReturn;
    private final AssessmentRulesSource method;
    private final WorkbookReader workbooks = new WorkbookReader(ReadLimits.DEFAULT);
    /** Readings started ahead by the inbox run, by file. */
    private final Map<Path, ReadAhead> readingAhead = new ConcurrentHashMap<>();
    /** Threads that read the files while the importing thread stores their rows ({@link ReadAhead}). */
    private final ExecutorService readers = Executors.newCachedThreadPool(readerThreads());

    private static CustomizableThreadFactory readerThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("return-reader-");
        threads.setDaemon(true);
        return threads;
    }

    public ReturnImporter(ReturnSubmissionMapper submissions, LedgerProjectWriter ledger, AssessedUnitMapper units,
            ScorecardProperties settings, PlatformTransactionManager transactionManager,
            PreviousReturnCheck previousReturn, AssessmentRulesSource method) {
        this.previousReturn = previousReturn;
        this.method = method;
        this.submissions = submissions;
        this.ledger = ledger;
        this.units = units;
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
    public ImportOutcome importFile(Path file, String fileName, YearMonth period, LocalDateTime receivedAt,
            String source, String expectedUnit) {
        String sha256 = FileDigest.sha256(file);
        ReturnWorkbookReader reader = new ReturnWorkbookReader(workbooks, settings.industries(),
                "PORTAL".equals(source));
        try {
            return importInOnePass(reader, file, fileName, sha256, period, receivedAt, source, expectedUnit);
        } catch (ReturnWorkbookReader.CoverNotFirstException e) {
            // A reordered workbook: nothing was stored yet; the cover alone first, then the whole file.
            return importInTwoPasses(reader, file, fileName, sha256, period, receivedAt, source, expectedUnit);
        }
    }

    @Override
    public void destroy() {
        cancelReadAhead(List.copyOf(readingAhead.keySet()));
        readers.shutdownNow();
    }

    /**
     * Starts reading {@code file} for {@code period} on a worker thread now, while the file before it is being
     * stored; {@link #importFile} picks the reading up (the inbox reader keeps two files ahead).
     */
    public void startReadAhead(Path file, YearMonth period) {
        ReadAhead started = ReadAhead.start(readers, newReader(), file, period, INSERT_SLICE);
        ReadAhead earlier = readingAhead.put(file, started);
        if (earlier != null) {
            earlier.cancel();
        }
    }

    /** Gives up the readings of these files started ahead that will not be imported (the run stopped). */
    public void cancelReadAhead(Collection<Path> files) {
        for (Path file : files) {
            ReadAhead earlier = readingAhead.remove(file);
            if (earlier != null) {
                earlier.cancel();
            }
        }
    }

    private ReturnWorkbookReader newReader() {
        return new ReturnWorkbookReader(workbooks, settings.industries());
    }

    /** The reading of {@code file} started ahead, or a new one. */
    private ReadAhead readAhead(ReturnWorkbookReader reader, Path file, YearMonth period) {
        ReadAhead ahead = readingAhead.remove(file);
        if (ahead != null && ahead.isFor(file, period)) {
            return ahead;
        }
        if (ahead != null) {
            ahead.cancel();
        }
        return ReadAhead.start(readers, reader, file, period, INSERT_SLICE);
    }

    /** What the cover decided, and the savepoint the ledger rows are written under. */
    private static final class Decision {
        AssessedUnit unit;
        ReturnSubmission identical;
        long submissionId;
        int version;
        boolean late;
        String reporter;
        String phone;
        TransactionStatus savepoint;
    }

    /** Thrown out of the reader when the cover names another unit than the sender's: nothing is stored. */
    private static final class ForeignUnit extends RuntimeException {
        final transient ImportIssue issue;

        ForeignUnit(ImportIssue issue) {
            super(null, null, false, false);
            this.issue = issue;
        }
    }

    /**
     * The refusal of a file whose cover names another unit than the one the sender acts for (the portal's
     * county accounts), or {@code null} when it is the sender's own or the sender is not bound to a unit.
     */
    private static ImportIssue foreignUnitIssue(String fileName, ReturnWorkbookReader.Cover cover, AssessedUnit unit,
            String expectedUnit) {
        if (expectedUnit == null || expectedUnit.equals(unit.unitCode())) {
            return null;
        }
        log.warn("{} names unit {} but was sent for unit {}: refused, nothing stored", fileName, unit.unitCode(),
                expectedUnit);
        return new ImportIssue(ImportIssue.Severity.ERROR, cover.sheet(), cover.unitCodeCell(),
                ReturnTemplate.COVER_UNIT_CODE, cover.unitCode(),
                "封面单位代码不是本单位（" + expectedUnit + "）的代码，只能报送本单位的月报表，应使用本单位的模板填报");
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
    private ImportOutcome importInOnePass(ReturnWorkbookReader reader, Path file, String fileName, String sha256,
            YearMonth period, LocalDateTime receivedAt, String source, String expectedUnit) {
        IssueList placeIssues = new IssueList();
        Decision d = new Decision();
        ReturnWorkbookReader.ReturnContent content;
        String unreadable = null;
        try {
            content = readAhead(reader, file, period).finish(cover -> {
                d.unit = identifyUnit(fileName, cover, period, placeIssues);
                if (d.unit == null) {
                    return null;
                }
                ImportIssue foreign = foreignUnitIssue(fileName, cover, d.unit, expectedUnit);
                if (foreign != null) {
                    throw new ForeignUnit(foreign);
                }
                List<ReturnSubmission> identical = submissions.findBySha256(d.unit.unitCode(), period, sha256);
                if (!identical.isEmpty()) {
                    d.identical = identical.get(0);
                    throw new IdenticalFile();
                }
                recordVersion(d, cover, fileName, sha256, period, receivedAt, source);
                d.savepoint = transactionManager.getTransaction(NESTED);
                // the rows themselves come back to this thread in slices, for ledger::insertProjects
                return new ReturnWorkbookReader.LedgerSink(d.submissionId, project -> { });
            }, ledger::insertProjects);
        } catch (IdenticalFile e) {
            return identicalOutcome(fileName, d.unit, period, d.identical);
        } catch (ForeignUnit e) {
            return ImportOutcome.unattributed(fileName, sha256, List.of(e.issue));
        } catch (UnreadableWorkbookException e) {
            if (d.unit == null) {
                // As when the cover alone cannot be read: no unit to record it against.
                return ImportOutcome.unattributed(fileName, sha256, fileIssue(e.getMessage()));
            }
            content = null;
            unreadable = e.getMessage();
        } catch (RuntimeException e) {
            rollback(d.savepoint);
            throw e;
        }
        if (d.unit == null) {
            return ImportOutcome.unattributed(fileName, sha256, merge(content.issues(), placeIssues));
        }
        try {
            if (unreadable == null) {
                IssueList issues = content.issues();
                placeIssues.all().forEach(issues::add);
                if (issues.hasErrors()) {
                    // Rows of a rejected return may already be in: the savepoint's rollback takes them all out.
                    rollback(d.savepoint);
                } else {
                    storeTheRest(d, period, content, issues);
                    transactionManager.commit(d.savepoint);
                }
            } else {
                rollback(d.savepoint);
            }
        } catch (RuntimeException e) {
            rollback(d.savepoint);
            throw e;
        }
        return finish(d, content, unreadable, fileName, sha256, period, receivedAt, source);
    }

    /** The way for a workbook whose cover is not its first sheet: the cover alone, then the whole file. */
    private ImportOutcome importInTwoPasses(ReturnWorkbookReader reader, Path file, String fileName, String sha256,
            YearMonth period, LocalDateTime receivedAt, String source, String expectedUnit) {
        // First a look at the cover alone, to know whose return this is before anything is stored.
        ReturnWorkbookReader.Cover cover;
        try {
            cover = reader.readCover(file);
        } catch (UnreadableWorkbookException e) {
            return ImportOutcome.unattributed(fileName, sha256, fileIssue(e.getMessage()));
        }
        IssueList placeIssues = new IssueList();
        Decision d = new Decision();
        d.unit = identifyUnit(fileName, cover, period, placeIssues);
        if (d.unit == null) {
            return ImportOutcome.unattributed(fileName, sha256, unattributedIssues(reader, file, period, placeIssues));
        }
        ImportIssue foreign = foreignUnitIssue(fileName, cover, d.unit, expectedUnit);
        if (foreign != null) {
            return ImportOutcome.unattributed(fileName, sha256, List.of(foreign));
        }

        List<ReturnSubmission> identical = submissions.findBySha256(d.unit.unitCode(), period, sha256);
        if (!identical.isEmpty()) {
            return identicalOutcome(fileName, d.unit, period, identical.get(0));
        }
        recordVersion(d, cover, fileName, sha256, period, receivedAt, source);

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
            storeTheRest(d, period, content[0], issues);
        });
        return finish(d, content[0], unreadable[0], fileName, sha256, period, receivedAt, source);
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

    /** For a return without errors, once its rows are in: the checks against last month, the activity figures. */
    private void storeTheRest(Decision d, YearMonth period, ReturnWorkbookReader.ReturnContent content,
            IssueList issues) {
        previousReturn.compare(d.unit.unitCode(), period, d.submissionId, content.ledgerSheet(),
                content.ledgerColumns(), issues);
        ReturnWorkbookReader.Activity a = content.activity();
        submissions.insertActivity(new ActivityFigure(d.submissionId, a.trips(), a.leaderTrips(),
                a.companiesVisited(), a.visitorsReceived()));
    }

    private ImportOutcome identicalOutcome(String fileName, AssessedUnit unit, YearMonth period,
            ReturnSubmission earlier) {
        log.info("{} is identical to version {} of {} {}; nothing changes", fileName, earlier.versionNo(),
                unit.unitCode(), period);
        return ImportOutcome.identical(fileName, unit, earlier, earlier.status() == SubmissionStatus.REJECTED
                ? submissions.findIssues(earlier.id()).stream().map(ReturnImporter::toIssue).toList()
                : List.of());
    }

    /** The version's record, stored as rejected until the outcome is known. */
    private void recordVersion(Decision d, ReturnWorkbookReader.Cover cover, String fileName, String sha256,
            YearMonth period, LocalDateTime receivedAt, String source) {
        d.version = submissions.nextVersionNo(d.unit.unitCode(), period);
        d.late = isLate(period, receivedAt);
        d.reporter = clip(cover.reporter(), ReturnFieldRules.REPORTER_LIMIT);
        d.phone = clip(cover.phone(), ReturnFieldRules.PHONE_LIMIT);
        submissions.insertSubmission(new ReturnSubmission(null, d.unit.unitCode(), period, d.version,
                clip(fileName, 255), sha256, receivedAt, SubmissionStatus.REJECTED, d.late, 0, 0, 0, null, null,
                source));
        d.submissionId = submissions.findVersion(d.unit.unitCode(), period, d.version).id();
    }

    private ImportOutcome finish(Decision d, ReturnWorkbookReader.ReturnContent content, String unreadable,
            String fileName, String sha256, YearMonth period, LocalDateTime receivedAt, String source) {
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
        submissions.updateOutcome(new ReturnSubmission(d.submissionId, unit.unitCode(), period, d.version, fileName,
                sha256, receivedAt, outcome, d.late, rows, errors, warnings, d.reporter, d.phone, source));
        if (!issues.isEmpty()) {
            List<SubmissionIssue> records = new ArrayList<>();
            for (ImportIssue issue : issues) {
                records.add(new SubmissionIssue(d.submissionId, records.size() + 1, issue.severity().name(),
                        clip(issue.sheet(), 40), clip(issue.cell(), 12), clip(issue.field(), 40),
                        clip(issue.value(), 200), clip(issue.message(), 500)));
            }
            for (int from = 0; from < records.size(); from += INSERT_SLICE) {
                submissions.insertIssues(records.subList(from, Math.min(records.size(), from + INSERT_SLICE)));
            }
        }
        log.info("{} {} version {}: {} ({} rows, {} errors, {} warnings)", unit.unitCode(), period, d.version,
                outcome, rows, errors, warnings);
        return new ImportOutcome(fileName, sha256, unit.unitCode(), unit.unitName(), d.version, outcome, d.late,
                false, rows, errors, warnings, issues);
    }

    private void rollback(TransactionStatus status) {
        if (status != null && !status.isCompleted()) {
            transactionManager.rollback(status);
        }
    }

    /** The cover's own problems joined to the rest of the file's, one line per cell and field. */
    private static List<ImportIssue> merge(IssueList all, IssueList placeIssues) {
        List<ImportIssue> found = all.all();
        placeIssues.all().stream()
                .filter(p -> found.stream().noneMatch(a -> a.isError() && Objects.equals(a.sheet(), p.sheet())
                        && Objects.equals(a.cell(), p.cell()) && Objects.equals(a.field(), p.field())))
                .forEach(all::add);
        return all.all();
    }

    /**
     * A file no unit can be named for is stored nowhere; still, the unit gets every problem at once: the rest of
     * the file is read (nothing kept) and its issues join the cover's.
     */
    private List<ImportIssue> unattributedIssues(ReturnWorkbookReader reader, Path file, YearMonth period,
            IssueList placeIssues) {
        try {
            // The cover's own check may already have said what is wrong with that cell: one line per cell and field.
            return merge(reader.read(file, 0, period, project -> { }).issues(), placeIssues);
        } catch (UnreadableWorkbookException e) {
            return fileIssue(e.getMessage());
        }
    }

    private AssessedUnit identifyUnit(String fileName, ReturnWorkbookReader.Cover cover, YearMonth period,
            IssueList issues) {
        if (cover.sheet() == null) {
            issues.error(ReturnTemplate.COVER_SHEET, null, null, null,
                    "缺少工作表「封面」，无法确定报送单位，应使用统一模板填报");
            return null;
        }
        String sheet = cover.sheet();
        if (cover.unitCode() == null) {
            issues.error(sheet, cover.unitCodeCell(), ReturnTemplate.COVER_UNIT_CODE, null,
                    "封面未填写单位代码，无法确定报送单位，应填写考核单位代码，如 410711");
            return null;
        }
        AssessedUnit unit = TemplateChecks.isUnitCode(cover.unitCode())
                ? units.findUnit(period.getYear(), cover.unitCode()) : null;
        if (unit == null) {
            issues.error(sheet, cover.unitCodeCell(), ReturnTemplate.COVER_UNIT_CODE, cover.unitCode(),
                    "单位代码不在" + period.getYear() + "年考核单位名单中，应填写年度目标任务书中本单位的代码");
            return null;
        }
        String stem = SafeFiles.stem(fileName);
        // A file named after another unit of the year is most likely that unit's return with the wrong cover.
        if (TemplateChecks.isUnitCode(stem) && !stem.equals(cover.unitCode())
                && units.findUnit(period.getYear(), stem) != null) {
            issues.error(sheet, cover.unitCodeCell(), ReturnTemplate.COVER_UNIT_CODE, cover.unitCode(),
                    "封面单位代码与文件名中的单位代码“" + stem + "”不一致，应核对是否交错了文件");
        }
        if (cover.unitName() != null && !CellText.key(cover.unitName()).equals(CellText.key(unit.unitName()))) {
            issues.warning(sheet, cover.unitNameCell(), ReturnTemplate.COVER_UNIT_NAME, cover.unitName(),
                    "单位名称与考核单位名单中的“" + unit.unitName() + "”不一致，已按单位代码识别");
        }
        return unit;
    }

    /** Late: received after the deadline the year's method sets (the same one the 扣分 uses). */
    boolean isLate(YearMonth period, LocalDateTime receivedAt) {
        return receivedAt.toLocalDate().isAfter(method.deadline(period));
    }

    private static List<ImportIssue> fileIssue(String message) {
        return List.of(new ImportIssue(ImportIssue.Severity.ERROR, null, null, null, null, message));
    }

    private static ImportIssue toIssue(SubmissionIssue stored) {
        return new ImportIssue(ImportIssue.Severity.valueOf(stored.severity()), stored.sheetName(), stored.cellRef(),
                stored.fieldName(), stored.foundValue(), stored.message());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
