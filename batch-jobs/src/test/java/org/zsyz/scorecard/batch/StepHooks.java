package org.zsyz.scorecard.batch;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.ApplicationContext;

/**
 * Something done to the world (the database killed, frozen) at a chosen point of a run: before a step starts, or
 * after a step has written some chunks. One hook is armed at a time and fires once.
 */
final class StepHooks implements StepExecutionListener, ItemWriteListener<Object> {

    /** What a hook does; may throw. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private record Hook(String step, boolean beforeStep, int afterChunks, Action action) {}

    private volatile Hook armed;
    private volatile boolean fired;
    private final AtomicInteger chunks = new AtomicInteger();

    @SuppressWarnings({"unchecked", "rawtypes"})
    void install(ApplicationContext context) {
        for (Step step : context.getBeansOfType(Step.class).values()) {
            if (step instanceof AbstractStep s) {
                s.registerStepExecutionListener(this);
            }
            if (step instanceof ChunkOrientedStep chunked) {
                chunked.registerItemWriteListener((ItemWriteListener) this);
            }
        }
    }

    /** Before the step of this name (or a partition of it) starts. */
    void beforeStep(String step, Action action) {
        arm(new Hook(step, true, 0, action));
    }

    /** After the step of this name (or a partition of it) has written this many chunks. */
    void afterWrites(String step, int afterChunks, Action action) {
        arm(new Hook(step, false, afterChunks, action));
    }

    private void arm(Hook hook) {
        chunks.set(0);
        fired = false;
        armed = hook;
    }

    void disarm() {
        armed = null;
    }

    boolean fired() {
        return fired;
    }

    @Override
    public void beforeStep(StepExecution step) {
        Hook hook = armed;
        if (hook != null && hook.beforeStep() && matches(hook, step.getStepName())) {
            fire(hook);
        }
    }

    @Override
    public void afterWrite(Chunk<? extends Object> items) {
        Hook hook = armed;
        var context = StepSynchronizationManager.getContext();
        if (hook != null
                && !hook.beforeStep()
                && context != null
                && matches(hook, context.getStepName())
                && chunks.incrementAndGet() >= hook.afterChunks()) {
            fire(hook);
        }
    }

    private static boolean matches(Hook hook, String stepName) {
        return stepName.equals(hook.step()) || stepName.startsWith(hook.step() + ":");
    }

    private void fire(Hook hook) {
        armed = null;
        fired = true;
        try {
            hook.action().run();
        } catch (Exception e) {
            throw new IllegalStateException("the test's hook failed", e);
        }
    }
}
