package org.zsyz.scorecard.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationFile;
import org.zsyz.scorecard.store.publish.PublicationMapper;

/**
 * Atomic publication: outputs are written to a staging folder, a manifest of SHA-256 sums is added, and
 * the folder is renamed into {@code out/<period>/} in one move. A failed run leaves at most a staging
 * folder (reused when the run restarts), never a half set in place. A superseded publication is kept
 * beside it as {@code out/<period>.rev<N>/}.
 */
@Service
public class PublicationService {

    public static final String MANIFEST = PublishedFolders.MANIFEST;
    private static final Logger log = LoggerFactory.getLogger(PublicationService.class);

    private final PublicationMapper publications;
    private final ScorecardProperties settings;
    private final Clock clock;
    private final RevisionReasons revisionReasons;
    private final AuditTrail audit;

    public PublicationService(
            PublicationMapper publications,
            ScorecardProperties settings,
            Clock clock,
            RevisionReasons revisionReasons,
            AuditTrail audit) {
        this.publications = publications;
        this.settings = settings;
        this.clock = clock;
        this.revisionReasons = revisionReasons;
        this.audit = audit;
    }

    /** The staging folder of one job instance; a restarted run finds its earlier work here. */
    public Path staging(YearMonth period, long jobInstanceId) {
        return settings.outRoot().resolve(".staging").resolve(period + "-" + jobInstanceId);
    }

    public Path published(YearMonth period) {
        return settings.outRoot().resolve(period.toString());
    }

    /** The revision a new publication of the period gets: 0 the first time, then one more than the last. */
    public int nextRevision(YearMonth period) {
        Publication latest = publications.findLatest(period);
        return latest == null ? 0 : latest.revision() + 1;
    }

    public Publication latest(YearMonth period) {
        return publications.findLatest(period);
    }

    /** Writes the manifest, moves the staging folder into place and records the publication. */
    @Transactional
    public Publication publish(YearMonth period, int revision, Path staging, Long jobExecutionId) {
        Path target = published(period);
        Publication already = publications.findRevision(period, revision);
        if (already != null) {
            return already; // a restart after the move and the record: nothing left to do
        }
        if (!Files.isDirectory(staging)) {
            // Restarted after the move but before the record was committed: the folder in place is ours.
            if (Files.isRegularFile(target.resolve(MANIFEST))) {
                return record(period, revision, target, jobExecutionId);
            }
            throw new IllegalStateException("没有找到待发布的文件夹 " + staging);
        }
        PublishedFolders.writeManifest(staging);
        Publication previous = publications.findLatest(period);
        Path aside = settings.outRoot().resolve(period + ".rev" + (previous == null ? "0" : previous.revision()));
        if (Files.exists(target)) {
            log.info("Keeping the superseded publication of {} as {}", period, aside);
        }
        PublishedFolders.putInPlace(staging, target, aside);
        return record(period, revision, target, jobExecutionId);
    }

    private Publication record(YearMonth period, int revision, Path folder, Long jobExecutionId) {
        List<PublicationFile> files = new ArrayList<>();
        List<Path> listing = PublishedFolders.files(folder);
        publications.insertPublication(new Publication(
                null,
                period,
                revision,
                LocalDateTime.now(clock),
                folder.toString(),
                FileDigest.sha256(folder.resolve(MANIFEST)),
                listing.size(),
                jobExecutionId));
        Publication stored = publications.findRevision(period, revision);
        for (Path file : listing) {
            try {
                files.add(new PublicationFile(
                        stored.id(), file.getFileName().toString(), FileDigest.sha256(file), Files.size(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!files.isEmpty()) {
            publications.insertFiles(files);
        }
        publications.snapshotScores(period, revision);
        publications.snapshotFigures(period, revision);
        Publication replaced = revision == 0 ? null : publications.findRevision(period, revision - 1);
        if (replaced != null) {
            String reason = revisionReasons.of(period, replaced);
            publications.setRevisionReason(period, revision, reason);
            audit.record(AuditAction.REVISION, period, null, "更正版第 " + revision + " 次：更正原因", reason);
        }
        log.info("Published {} revision {}: {} files in {}", period, revision, files.size(), folder);
        return stored;
    }
}
