package org.zsyz.scorecard.batch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.zsyz.scorecard.returns.LedgerProjectWriter;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.term.TermMapper;

/**
 * Test-only failures at chosen points of a run, the way the spring-batch-samples restart tests fail a first run:
 * a mapper call that fails after some calls succeeded (the database going away, a bug), or a chunk write that
 * fails after some chunks were written (a full disk). One fault is armed at a time and fires once.
 */
public class InjectedFailures
        implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, ItemWriteListener<Object> {

    private static final List<Class<?>> WRAPPED =
            List.of(LedgerProjectWriter.class, AssessmentMapper.class, TermMapper.class);

    /** Thrown by an armed fault; an "expected" failure of this project's own kind. */
    static class InjectedFailure extends RuntimeException {
        InjectedFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Fault(String point, int succeedFirst, Supplier<? extends RuntimeException> error) {}

    private volatile Fault armed;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean fired;
    private BeanFactory beans;

    /**
     * @param point        {@code Mapper.method} (e.g. {@code LedgerProjectWriter.insertProjects}) or
     *                     {@code write:stepName} for the chunk writes of a step
     * @param succeedFirst how many calls (chunks) go through before the one that fails
     */
    public void arm(String point, int succeedFirst, Supplier<? extends RuntimeException> error) {
        calls.set(0);
        fired = false;
        armed = new Fault(point, succeedFirst, error);
    }

    public void disarm() {
        armed = null;
    }

    public boolean fired() {
        return fired;
    }

    private void check(String point) {
        Fault fault = armed;
        if (fault != null && fault.point().equals(point) && calls.getAndIncrement() >= fault.succeedFirst()) {
            armed = null;
            fired = true;
            throw fault.error().get();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        for (Class<?> type : WRAPPED) {
            if (type.isInstance(bean)) {
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        check(type.getSimpleName() + "." + method.getName());
                    }
                    try {
                        return method.invoke(bean, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
            }
        }
        return bean;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beans = beanFactory;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void afterSingletonsInstantiated() {
        ((ListableBeanFactory) beans).getBeansOfType(Step.class).values().forEach(step -> {
            if (step instanceof ChunkOrientedStep chunked) {
                chunked.registerItemWriteListener(this);
            }
        });
    }

    @Override
    public void beforeWrite(Chunk<? extends Object> items) {
        var step = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext();
        if (step != null) {
            check("write:" + step.getStepName());
        }
    }
}
