package org.zsyz.scorecard.batch;

import java.util.List;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Hooks the operational listeners (events, progress) into every job and step of the application, whoever
 * defined them, so the job configurations stay about their business.
 */
@Component
public class RunListenersRegistrar implements SmartInitializingSingleton {

    /** Marks a listener that belongs on every job and/or every step. */
    public interface EveryRunListener {}

    private final ObjectProvider<Job> jobs;
    private final ObjectProvider<Step> steps;
    private final List<EveryRunListener> listeners;
    private final RunEventListener events;

    public RunListenersRegistrar(
            ObjectProvider<Job> jobs,
            ObjectProvider<Step> steps,
            List<EveryRunListener> listeners,
            RunEventListener events) {
        this.jobs = jobs;
        this.steps = steps;
        this.listeners = listeners;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        jobs.orderedStream().forEach(job -> {
            if (job instanceof AbstractJob abstractJob) {
                abstractJob.registerJobExecutionListener(events);
                listeners.stream()
                        .filter(JobExecutionListener.class::isInstance)
                        .forEach(l -> abstractJob.registerJobExecutionListener((JobExecutionListener) l));
            }
        });
        steps.orderedStream().forEach(step -> {
            if (step instanceof AbstractStep abstractStep) {
                abstractStep.registerStepExecutionListener(events);
                listeners.stream()
                        .filter(StepExecutionListener.class::isInstance)
                        .forEach(l -> abstractStep.registerStepExecutionListener((StepExecutionListener) l));
            }
        });
    }
}
