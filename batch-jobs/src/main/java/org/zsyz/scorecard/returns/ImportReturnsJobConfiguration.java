package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.zsyz.scorecard.batch.PeriodParametersValidator;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.monthly.MonthlyJobConfiguration;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/** importReturns: every workbook waiting in {@code inbox/<period>/}, one file per transaction. */
@Configuration(proxyBeanMethods = false)
public class ImportReturnsJobConfiguration {

    public static final String JOB = "importReturns";

    @Bean
    Job importReturnsJob(JobRepository jobRepository, Step importReturnStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new PeriodParametersValidator())
                .start(importReturnStep)
                .build();
    }

    @Bean
    Step importReturnStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            InboxFileReader inboxFileReader,
            ReturnFileWriter returnFileWriter) {
        return new StepBuilder("importReturn", jobRepository)
                .<Path, Path>chunk(1)
                .transactionManager(transactionManager)
                .reader(inboxFileReader)
                .writer(returnFileWriter)
                .build();
    }

    @Bean
    @StepScope
    InboxFileReader inboxFileReader(
            @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['inbox']}") String inbox,
            ScorecardProperties settings,
            ReturnImporter importer,
            @Value("#{stepExecution.jobExecution.jobInstance.jobName}") String jobName,
            ReturnsQuorum quorum) {
        YearMonth month = YearMonth.parse(period);
        Path folder = inbox == null || inbox.isBlank() ? settings.inbox(month) : Path.of(inbox);
        // The monthly run publishes what it imports: a month with too few returns stops here, before assessing.
        Runnable atEnd = MonthlyJobConfiguration.JOB.equals(jobName) ? () -> quorum.check(month, folder) : null;
        return new InboxFileReader(folder, importer, month, atEnd);
    }

    @Bean
    @StepScope
    ReturnFileWriter returnFileWriter(
            @Value("#{jobParameters['period']}") String period,
            ReturnImporter importer,
            ImportOutcomes outcomes,
            @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId,
            ScorecardProperties settings,
            ErrorWorkbookWriter errorWorkbooks,
            Clock clock,
            AssessedUnitMapper units) {
        return new ReturnFileWriter(
                importer,
                outcomes,
                jobExecutionId,
                settings,
                errorWorkbooks,
                YearMonth.parse(period),
                clock.getZone(),
                units);
    }
}
