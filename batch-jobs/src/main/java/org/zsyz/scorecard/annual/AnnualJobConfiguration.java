package org.zsyz.scorecard.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.zsyz.scorecard.domain.ResultStage;
import org.zsyz.scorecard.publish.PublishedFolders;
import org.zsyz.scorecard.store.term.TermPublication;

/**
 * annual: the year's assessment — assess the term from its months, render its outputs, publish them — as one
 * job identified by its term and revision, so a failed run restarts where it stopped. The three steps serve
 * the quarterly job too ({@link QuarterlyJobConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class AnnualJobConfiguration {

    public static final String JOB = "annual";

    @Bean
    Job annualJob(JobRepository jobRepository, Step assessTermStep, Step renderTermOutputsStep, Step publishTermStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new TermRunParameters.Validator())
                .start(assessTermStep)
                .next(renderTermOutputsStep)
                .next(publishTermStep)
                .build();
    }

    /** Assesses the term; a final (正式) publication re-publishes the locked results as they are. */
    @Bean
    Step assessTermStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            TermAssessmentService assessments) {
        return new StepBuilder("assessTerm", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            TermRunParameters run =
                                    TermRunParameters.of(chunk.getStepContext().getStepExecution());
                            if (run.stage() != ResultStage.FINAL) {
                                int units = assessments
                                        .assess(run.term(), run.jobExecutionId())
                                        .size();
                                contribution.incrementWriteCount(units);
                            }
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }

    @Bean
    Step renderTermOutputsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            TermDocuments documents,
            TermPublicationService publications,
            TermAssessmentService assessments) {
        return new StepBuilder("renderTermOutputs", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            TermRunParameters run =
                                    TermRunParameters.of(chunk.getStepContext().getStepExecution());
                            Path staging = publications.staging(run.term(), run.jobInstanceId());
                            try {
                                PublishedFolders.deleteTree(staging); // a restart renders the set again
                                Files.createDirectories(staging);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            int days = assessments.method(run.term()).objectionWorkingDays();
                            int files = documents.write(
                                    run.term(), run.stage(), run.publishedOn(), run.stageNote(days), staging);
                            contribution.incrementWriteCount(files);
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }

    @Bean
    Step publishTermStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            TermPublicationService publications) {
        return new StepBuilder("publishTerm", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            TermRunParameters run =
                                    TermRunParameters.of(chunk.getStepContext().getStepExecution());
                            TermPublication published = publications.publish(
                                    run.term(),
                                    run.revision(),
                                    run.stage(),
                                    publications.staging(run.term(), run.jobInstanceId()),
                                    run.objectionDeadline(),
                                    run.reason(),
                                    run.jobExecutionId());
                            contribution.incrementWriteCount(published.fileCount());
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }
}
