package org.zsyz.scorecard.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.ResultStage;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.publish.PublishedFolders;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermPublication;

/**
 * Publishes a term atomically, as the months are published: the outputs are written to a staging folder, a
 * {@code MANIFEST.sha256} is added, and the folder is moved into {@code out/<term>/} in one rename; the set it
 * replaces is kept beside it as {@code out/<term>.rev<n>/}.
 */
@Service
public class TermPublicationService {

    public static final String MANIFEST = PublishedFolders.MANIFEST;

    private final TermMapper terms;
    private final ScorecardProperties settings;
    private final Clock clock;

    public TermPublicationService(TermMapper terms, ScorecardProperties settings, Clock clock) {
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    public Path staging(Term term, long jobInstanceId) {
        return settings.outRoot().resolve(".staging").resolve(term.key() + "-" + jobInstanceId);
    }

    public Path published(Term term) {
        return settings.outRoot().resolve(term.key());
    }

    public TermPublication latest(Term term) {
        return terms.findLatestPublication(term.key());
    }

    /** The last day of a 公示 window of {@code days} working days (Monday to Friday) after {@code from}. */
    public static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    /** Writes the manifest, moves the staging folder into place and records the publication. */
    @Transactional
    public TermPublication publish(
            Term term,
            int revision,
            ResultStage stage,
            Path staging,
            LocalDate objectionDeadline,
            String reason,
            Long jobExecutionId) {
        TermPublication already = findRevision(term, revision);
        if (already != null) {
            return already; // a restart after the record was written
        }
        Path target = published(term);
        if (Files.isDirectory(staging)) {
            PublishedFolders.writeManifest(staging);
            TermPublication previous = latest(term);
            Path aside =
                    settings.outRoot().resolve(term.key() + ".rev" + (previous == null ? "0" : previous.revision()));
            try {
                PublishedFolders.deleteTree(aside);
            } catch (IOException e) {
                throw new UncheckedIOException("发布失败：无法清理 " + aside, e);
            }
            PublishedFolders.putInPlace(staging, target, aside);
        } else if (!Files.isRegularFile(target.resolve(MANIFEST))) {
            throw new IllegalStateException("没有找到待发布的文件夹 " + staging);
        }
        List<Path> files = PublishedFolders.files(target);
        terms.insertPublication(new TermPublication(
                null,
                term.key(),
                revision,
                stage,
                LocalDateTime.now(clock).withNano(0),
                target.toString(),
                FileDigest.sha256(target.resolve(MANIFEST)),
                files.size(),
                objectionDeadline,
                reason,
                jobExecutionId));
        return findRevision(term, revision);
    }

    private TermPublication findRevision(Term term, int revision) {
        return terms.findPublications(term.key()).stream()
                .filter(p -> p.revision() == revision)
                .findFirst()
                .orElse(null);
    }
}
