package org.zsyz.scorecard.targets;

import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.store.targets.TargetImport;

/** importTargets: a year's targets workbook, replacing the year's targets as a whole. */
@Configuration(proxyBeanMethods = false)
public class ImportTargetsJobConfiguration {

    public static final String JOB = "importTargets";

    @Bean
    Job importTargetsJob(JobRepository jobRepository, Step loadTargetsStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new DefaultJobParametersValidator(
                        new String[] {JobParameterNames.YEAR, JobParameterNames.FILE},
                        new String[] {JobParameterNames.FILE_SHA256}))
                .start(loadTargetsStep)
                .build();
    }

    /** One transaction: the year's targets are replaced whole or not at all. */
    @Bean
    Step loadTargetsStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, TargetsImporter importer) {
        return new StepBuilder("loadTargets", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var parameters =
                                    chunk.getStepContext().getStepExecution().getJobParameters();
                            TargetImport imported = importer.importFile(
                                    Path.of(parameters.getString(JobParameterNames.FILE)),
                                    Integer.parseInt(parameters.getString(JobParameterNames.YEAR)));
                            for (int i = 0; i < imported.unitCount(); i++) {
                                contribution.incrementReadCount();
                            }
                            contribution.incrementWriteCount(imported.unitCount());
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }
}
