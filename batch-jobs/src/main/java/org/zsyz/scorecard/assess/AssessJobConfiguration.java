package org.zsyz.scorecard.assess;

import java.time.YearMonth;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.batch.PeriodParametersValidator;

/** assess: computes, scores and ranks a period, replacing its earlier results in one transaction. */
@Configuration(proxyBeanMethods = false)
public class AssessJobConfiguration {

    public static final String JOB = "assess";

    @Bean
    Job assessJob(JobRepository jobRepository, Step assessUnitsStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new PeriodParametersValidator())
                .start(assessUnitsStep)
                .build();
    }

    @Bean
    Step assessUnitsStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, AssessmentService assessments) {
        return new StepBuilder("assessUnits", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            var step = chunk.getStepContext().getStepExecution();
                            YearMonth period =
                                    YearMonth.parse(step.getJobParameters().getString(JobParameterNames.PERIOD));
                            AssessmentService.Summary summary = assessments.assess(period, step.getJobExecutionId());
                            for (int i = 0; i < summary.units(); i++) {
                                contribution.incrementReadCount();
                            }
                            contribution.incrementWriteCount(summary.units());
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .build();
    }
}
