package org.zsyz.scorecard.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.publish.PublicationService;
import org.zsyz.scorecard.returns.InboxFileReader;
import org.zsyz.scorecard.store.progress.ProgressMapper;

/**
 * How much a step has to do, estimated when it starts, so its progress can show a share, a rate and the
 * time left. A resumed step only has what the failed run left.
 */
@Component
public class StageTotals {

    private final ProgressMapper progress;
    private final ScorecardProperties settings;
    private final JobRepository jobRepository;
    private final PublicationService publications;

    public StageTotals(
            ProgressMapper progress,
            ScorecardProperties settings,
            JobRepository jobRepository,
            PublicationService publications) {
        this.progress = progress;
        this.settings = settings;
        this.jobRepository = jobRepository;
        this.publications = publications;
    }

    /**
     * @param total items the step will write, or null when unknown
     * @param extra a further figure worth showing (e.g. ledger rows imported so far), or null
     * @param done  how many are done, finer than the committed chunks the step counts, or null
     */
    public record Estimate(Long total, Supplier<String> extra, LongSupplier done) {
        static final Estimate UNKNOWN = new Estimate(null, null, null);

        Estimate(Long total, Supplier<String> extra) {
            this(total, extra, null);
        }
    }

    public Estimate estimate(StepExecution step) {
        var parameters = step.getJobParameters();
        String periodText = parameters.getString(JobParameterNames.PERIOD);
        if (periodText == null || Stage.isPartitionWorker(step.getStepName())) {
            return Estimate.UNKNOWN;
        }
        YearMonth period = YearMonth.parse(periodText);
        try {
            return switch (Stage.baseName(step.getStepName())) {
                case "importReturn" -> {
                    String inbox = parameters.getString(JobParameterNames.INBOX);
                    Path folder = inbox == null || inbox.isBlank() ? settings.inbox(period) : Path.of(inbox);
                    long files = InboxFileReader.waitingFiles(folder).size();
                    long from = progress.lastSubmissionId();
                    yield new Estimate(
                            files, () -> progress.importedSince(period, from).ledgerRows() + " 行");
                }
                case "renderUnitScorecards" -> {
                    // The step counts its PDFs a chunk at a time; the staging folder shows each one written.
                    Path staging = publications.staging(
                            period, step.getJobExecution().getJobInstance().getInstanceId());
                    long before = pdfs(staging);
                    yield new Estimate(
                            Math.max(0, progress.countUnitScores(period) - writtenBefore(step)),
                            null,
                            () -> Math.max(0, pdfs(staging) - before));
                }
                case "assessUnits" -> new Estimate((long) progress.countUnits(period.getYear()), null);
                default -> Estimate.UNKNOWN;
            };
        } catch (RuntimeException e) {
            return Estimate.UNKNOWN; // progress is a courtesy: never let it fail a run
        }
    }

    private static long pdfs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf"))
                    .count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** What earlier (failed) executions of this step in the same job instance already wrote. */
    private long writtenBefore(StepExecution step) {
        long written = 0;
        for (JobExecution earlier :
                jobRepository.getJobExecutions(step.getJobExecution().getJobInstance())) {
            if (earlier.getId() == step.getJobExecutionId()) {
                continue;
            }
            JobExecution full = jobRepository.getJobExecution(earlier.getId());
            for (StepExecution s : full.getStepExecutions()) {
                if (s.getStepName().equals(step.getStepName())) {
                    written += s.getWriteCount();
                }
            }
        }
        return written;
    }
}
