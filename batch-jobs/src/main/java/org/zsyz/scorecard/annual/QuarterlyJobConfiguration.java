package org.zsyz.scorecard.annual;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** quarterly: a quarter's assessment, with the annual job's steps and the {@code quarterly:} method. */
@Configuration(proxyBeanMethods = false)
public class QuarterlyJobConfiguration {

    public static final String JOB = "quarterly";

    @Bean
    Job quarterlyJob(
            JobRepository jobRepository, Step assessTermStep, Step renderTermOutputsStep, Step publishTermStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new TermRunParameters.Validator())
                .start(assessTermStep)
                .next(renderTermOutputsStep)
                .next(publishTermStep)
                .build();
    }
}
