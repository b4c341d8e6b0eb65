package org.zsyz.scorecard.monthly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zsyz.scorecard.batch.PeriodParametersValidator;

/**
 * monthly: the month's whole run — import the inbox, assess, publish — as one job identified by its
 * period (and revision), so a failed month restarts where it stopped instead of starting over.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

    public static final String JOB = "monthly";

    @Bean
    Job monthlyJob(
            JobRepository jobRepository,
            Step importReturnStep,
            Step assessUnitsStep,
            Step renderUnitScorecardsStep,
            Step renderBulletinStep,
            Step publishOutputsStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new PeriodParametersValidator())
                .start(importReturnStep)
                .next(assessUnitsStep)
                .next(renderUnitScorecardsStep)
                .next(renderBulletinStep)
                .next(publishOutputsStep)
                .build();
    }
}
