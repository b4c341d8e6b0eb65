package org.zsyz.scorecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.config.WorkingFolder;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.RunFailedException;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.progress.RunReports;
import org.zsyz.scorecard.returns.FewReturnsException;
import picocli.CommandLine;

/** A command that needs the application: starts Spring, runs, maps the outcome to an exit code. */
abstract class SpringCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        List<String> defaults = new ArrayList<>(springArguments());
        if (!createsHome()) {
            defaults.add("--" + WorkingFolder.MUST_EXIST + "=true");
        }
        try {
            if (runsQuick() && quickAllowed) {
                lastStart = Start.QUICK;
                ConfigurableApplicationContext quick = start(() -> SpringContext.startQuick(args(defaults)));
                if (quick != null) {
                    try {
                        return runIn(quick);
                    } catch (NoSuchBeanDefinitionException e) {
                        // the command needs more than the quick application has (it printed nothing yet)
                    }
                }
            }
            lastStart = Start.WHOLE;
            return runIn(start(() -> startContext(args(defaults))));
        } catch (FolderUnusable e) {
            return ExitCodes.USAGE;
        }
    }

    /** Which application a command ran on. */
    enum Start {
        QUICK,
        WHOLE
    }

    /** For the tests that compare the two: whether a quick command may start quick, and how the last one ran. */
    static volatile boolean quickAllowed = true;

    static volatile Start lastStart;

    /** The application did not start because the working folder cannot be used; the reason is printed. */
    private static final class FolderUnusable extends Exception {
        FolderUnusable() {
            super(null, null, false, false);
        }
    }

    private ConfigurableApplicationContext start(Supplier<ConfigurableApplicationContext> how) throws FolderUnusable {
        try {
            return how.get();
        } catch (RuntimeException e) {
            WorkingFolder.WorkingFolderException unusable = find(e, WorkingFolder.WorkingFolderException.class);
            if (unusable == null) {
                throw e;
            }
            err().println("scorecard: " + unusable.getMessage());
            throw new FolderUnusable();
        }
    }

    private static String[] args(List<String> defaults) {
        return defaults.toArray(String[]::new);
    }

    private int runIn(ConfigurableApplicationContext started) throws Exception {
        try (ConfigurableApplicationContext context = started) {
            if (announcesHome()) {
                out().println("工作目录："
                        + context.getBean(ScorecardProperties.class).home());
                out().flush();
            }
            return run(context);
        } catch (JobRunner.AlreadyCompleteException | ScorecardOperations.AlreadyPublishedException e) {
            err().println("scorecard: " + e.getMessage());
            return ExitCodes.REFUSED;
        } catch (RunLockedException e) {
            err().println("scorecard: " + e.getMessage());
            return ExitCodes.BUSY;
        } catch (RunFailedException e) {
            err().println("scorecard: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (FewReturnsException e) {
            return fewReturns(e);
        }
    }

    /** How the operator confirms a month with few returns with this command. */
    String confirmFewReturnsHint() {
        return "若核实无误、确要发布，请加 --confirm-few-returns 再运行同一命令";
    }

    private int fewReturns(FewReturnsException e) {
        err().println("scorecard: 未发布：" + e.getMessage() + "。");
        err().println("scorecard: 请先核对工作目录、收件箱和目标任务书，改正后运行同一命令；" + confirmFewReturnsHint() + "。");
        return ExitCodes.FEW_RETURNS;
    }

    abstract int run(ConfigurableApplicationContext context) throws Exception;

    /** Whether the command makes its own working folder ({@code demo}); every other one needs it to exist. */
    boolean createsHome() {
        return false;
    }

    /**
     * Whether the command answers at once: it starts on the quick application ({@link SpringContext#startQuick}),
     * and looks up every bean it needs before it prints anything, so that one the quick application lacks sends it
     * to the whole application with nothing printed twice.
     */
    boolean runsQuick() {
        return false;
    }

    /** Whether the command prints the working folder it works in first (the runs and {@code serve}). */
    boolean announcesHome() {
        return false;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Starts the application; a command that serves the web portal starts it with its web server. */
    ConfigurableApplicationContext startContext(String[] defaults) {
        return SpringContext.start(defaults);
    }

    /** Defaults of this command for Spring ({@code --name=value}); a name the user gives himself wins. */
    List<String> springArguments() {
        return List.of();
    }

    /** Prints what the run did and where its outputs are, then its failure reason if any; returns the exit code. */
    int finish(ConfigurableApplicationContext context, JobExecution execution) {
        out().println();
        Printouts.summary(out(), context.getBean(RunReports.class).summarize(execution));
        return exitCode(execution);
    }

    /** Prints the failure reason of a job that did not complete and returns the exit code. */
    int exitCode(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return ExitCodes.OK;
        }
        FewReturnsException few = execution.getAllFailureExceptions().stream()
                .map(e -> find(e, FewReturnsException.class))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (few != null) {
            return fewReturns(few);
        }
        String reason = execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(SpringContext::reason)
                .orElse(execution.getExitStatus().getExitDescription());
        err().println("scorecard: " + execution.getJobInstance().getJobName() + " #" + execution.getId() + " "
                + execution.getStatus() + ": " + reason);
        err().println("scorecard: 修正问题后重新运行同一命令（或 scorecard restart " + execution.getId() + "）即可从中断处继续。");
        return ExitCodes.FAILED;
    }
}
