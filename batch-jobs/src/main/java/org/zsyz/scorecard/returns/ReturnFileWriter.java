package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.excel.SafeFiles;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Imports each inbox file in the chunk's transaction, and only once that transaction has committed files it:
 * to {@code archive/<period>/}, or to {@code rejected/<period>/} with its error workbook beside it. The error
 * workbook is written before the file leaves the inbox, so whatever moment a crash picks, the file is either
 * still in the inbox (the next run recognises it by its hash and files it) or filed with its error workbook.
 */
public class ReturnFileWriter implements ItemWriter<Path> {

    private static final Logger log = LoggerFactory.getLogger(ReturnFileWriter.class);

    private final ReturnImporter importer;
    private final ImportOutcomes outcomes;
    private final long jobExecutionId;
    private final ScorecardProperties settings;
    private final ErrorWorkbookWriter errorWorkbooks;
    private final YearMonth period;
    private final ZoneId zone;
    private final AssessedUnitMapper units;

    /**
     * @param zone  the installation's zone: an inbox file's time is read in it, as the deadline is
     * @param units the year's units: while there are none (targets not imported), returns stay in the inbox
     * @param jobExecutionId the run the outcomes are stored for, to be read back by it
     */
    public ReturnFileWriter(
            ReturnImporter importer,
            ImportOutcomes outcomes,
            long jobExecutionId,
            ScorecardProperties settings,
            ErrorWorkbookWriter errorWorkbooks,
            YearMonth period,
            ZoneId zone,
            AssessedUnitMapper units) {
        this.importer = importer;
        this.outcomes = outcomes;
        this.jobExecutionId = jobExecutionId;
        this.settings = settings;
        this.errorWorkbooks = errorWorkbooks;
        this.period = period;
        this.zone = zone;
        this.units = units;
    }

    @Override
    public void write(Chunk<? extends Path> files) throws IOException {
        for (Path file : files) {
            LocalDateTime receivedAt =
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
            ImportOutcome imported = importer.importFile(file, period, receivedAt, "INBOX");
            // Without the year's targets no unit is known: such a return is not wrong, only early; nothing was
            // stored for it, and it waits in the inbox for the import that follows import-targets.
            ImportOutcome outcome = imported.unitCode() == null
                            && units != null
                            && units.findUnits(period.getYear()).isEmpty()
                    ? imported.asKeptInInbox()
                    : imported;
            log.info(
                    "{} {}: {} ({} rows, {} errors, {} warnings)",
                    period,
                    file.getFileName(),
                    outcome.identical() ? "identical to version " + outcome.versionNo() : outcome.status(),
                    outcome.rows(),
                    outcome.errors(),
                    outcome.warnings());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    file(file, outcome);
                    outcomes.record(jobExecutionId, outcome); // a separate transaction: this one has committed
                }
            });
        }
    }

    /** Moves a file whose outcome is committed out of the inbox. */
    void file(Path file, ImportOutcome outcome) {
        if (outcome.keptInInbox()) {
            log.info("{}: left in the inbox until the {} targets are imported", file.getFileName(), period.getYear());
            return;
        }
        try {
            Path folder = outcome.accepted() ? settings.archive(period) : settings.rejected(period);
            String name = file.getFileName().toString();
            Path earlier = SafeFiles.inside(folder, name);
            if (outcome.identical()
                    && Files.isRegularFile(earlier)
                    && FileDigest.sha256(earlier).equals(outcome.sha256())) {
                Files.delete(file); // the very same file is already filed: keep one copy
                return;
            }
            Path target = SafeFiles.freeName(folder, name);
            if (!outcome.accepted()) {
                var written = errorWorkbooks.write(
                        file,
                        folder,
                        SafeFiles.stem(target.getFileName().toString()),
                        outcome.issues(),
                        outcome.errors());
                log.info(
                        "{}: error workbook {} ({})",
                        name,
                        written.file().getFileName(),
                        written.markedUp() ? "the unit's workbook marked up" : "list only");
            }
            SafeFiles.moveTo(file, target);
        } catch (IOException e) {
            // The outcome is committed; the file stays in the inbox and the next run recognises it.
            throw new UncheckedIOException("Imported " + file + " but could not move it out of the inbox", e);
        }
    }
}
