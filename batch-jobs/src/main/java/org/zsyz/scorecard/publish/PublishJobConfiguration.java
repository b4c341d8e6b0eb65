package org.zsyz.scorecard.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.zsyz.scorecard.batch.PeriodParametersValidator;
import org.zsyz.scorecard.report.Bulletin;
import org.zsyz.scorecard.report.ScorecardRenderer;
import org.zsyz.scorecard.report.ScorecardWorkbookWriter;
import org.zsyz.scorecard.report.UnitScorecard;
import org.zsyz.scorecard.store.publish.Publication;

/**
 * publish: renders every unit's scorecard, the bulletin and the Excel export into a staging folder, then
 * publishes the folder atomically with its manifest.
 */
@Configuration(proxyBeanMethods = false)
public class PublishJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PublishJobConfiguration.class);

    public static final String JOB = "publish";
    /** The worker step of renderUnitScorecards; its partitions are named renderUnitScorecardRange:range0, … */
    static final String RENDER_RANGE_STEP = "renderUnitScorecardRange";

    @Bean
    Job publishJob(
            JobRepository jobRepository,
            Step renderUnitScorecardsStep,
            Step renderBulletinStep,
            Step publishOutputsStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new PeriodParametersValidator())
                .start(renderUnitScorecardsStep)
                .next(renderBulletinStep)
                .next(publishOutputsStep)
                .build();
    }

    /**
     * Renders every unit's scorecard, in parallel: the period's units are split into as many ranges as render
     * threads, each range a partition with its own restartable reader. A failed range fails the run; its restart
     * renders that range again from its last committed chunk, not the ranges already done.
     */
    @Bean
    Step renderUnitScorecardsStep(
            JobRepository jobRepository,
            Step renderUnitScorecardRangeStep,
            UnitRangePartitioner unitRangePartitioner,
            @Value("${scorecard.publish.render-threads:0}") int configuredThreads) {
        int threads = renderThreads(configuredThreads);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("render-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder("renderUnitScorecards", jobRepository)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (step.getStartTime() != null) {
                            // (the end time is set after the listeners)
                            log.info(
                                    "Rendered {} unit scorecards in {} ms ({} render threads)",
                                    step.getWriteCount(),
                                    Duration.between(step.getStartTime(), LocalDateTime.now())
                                            .toMillis(),
                                    threads);
                        }
                        return null;
                    }
                })
                .partitioner(RENDER_RANGE_STEP, unitRangePartitioner)
                .step(renderUnitScorecardRangeStep)
                .gridSize(threads)
                .taskExecutor(executor)
                .build();
    }

    /** Render threads: as configured, or one per core up to 8 (each holds a database connection while it works). */
    static int renderThreads(int configured) {
        return configured > 0
                ? configured
                : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    @Bean
    Step renderUnitScorecardRangeStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            UnitScorecardReader unitScorecardReader,
            UnitScorecardProcessor unitScorecardProcessor,
            UnitScorecardPdfWriter unitScorecardPdfWriter) {
        return new StepBuilder(RENDER_RANGE_STEP, jobRepository)
                .<String, UnitScorecard>chunk(4)
                .transactionManager(transactionManager)
                .reader(unitScorecardReader)
                .processor(unitScorecardProcessor)
                .writer(unitScorecardPdfWriter)
                .build();
    }

    /**
     * Splits the period's units into ranges. It also creates the renderer first, in the manager step: templates
     * are compiled and fonts checked once, and a font problem fails the run once with its message.
     */
    @Bean
    @StepScope
    UnitRangePartitioner unitRangePartitioner(
            @Value("#{jobParameters['period']}") String period,
            ScorecardAssembler assembler,
            ObjectProvider<ScorecardRenderer> renderers) {
        renderers.getObject();
        return new UnitRangePartitioner(assembler, YearMonth.parse(period));
    }

    @Bean
    @StepScope
    UnitScorecardReader unitScorecardReader(
            @Value("#{stepExecutionContext['" + UnitRangePartitioner.UNIT_CODES + "']}") String unitCodes) {
        return new UnitScorecardReader(unitCodes);
    }

    @Bean
    @StepScope
    UnitScorecardProcessor unitScorecardProcessor(
            @Value("#{stepExecution}") StepExecution step, ScorecardAssembler assembler) {
        return new UnitScorecardProcessor(assembler, PublishRun.of(step));
    }

    @Bean
    @StepScope
    UnitScorecardPdfWriter unitScorecardPdfWriter(
            @Value("#{stepExecution}") StepExecution step,
            PublicationService publications,
            ObjectProvider<ScorecardRenderer> renderers) {
        PublishRun run = PublishRun.of(step);
        return new UnitScorecardPdfWriter(
                renderers.getObject(), publications.staging(run.period(), run.jobInstanceId()));
    }

    @Bean
    Step renderBulletinStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ScorecardAssembler assembler,
            PublicationService publications,
            ObjectProvider<ScorecardRenderer> renderers) {
        return new StepBuilder("renderBulletin", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            PublishRun run =
                                    PublishRun.of(chunk.getStepContext().getStepExecution());
                            Path staging = publications.staging(run.period(), run.jobInstanceId());
                            Files.createDirectories(staging);
                            Bulletin bulletin = assembler.bulletin(run.period(), run.publishedOn(), run.revision());
                            renderers
                                    .getObject()
                                    .writeBulletin(bulletin, staging.resolve(OutputFileNames.bulletin(run.period())));
                            List<UnitScorecard> all =
                                    assembler.workbookScorecards(run.period(), run.publishedOn(), run.revision());
                            new ScorecardWorkbookWriter()
                                    .write(bulletin, all, staging.resolve(OutputFileNames.workbook(run.period())));
                            contribution.incrementWriteCount(2);
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }

    @Bean
    Step publishOutputsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            PublicationService publications) {
        return new StepBuilder("publishOutputs", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            PublishRun run =
                                    PublishRun.of(chunk.getStepContext().getStepExecution());
                            Publication published = publications.publish(
                                    run.period(),
                                    run.revision(),
                                    publications.staging(run.period(), run.jobInstanceId()),
                                    run.jobExecutionId());
                            contribution.incrementWriteCount(published.fileCount());
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }
}
