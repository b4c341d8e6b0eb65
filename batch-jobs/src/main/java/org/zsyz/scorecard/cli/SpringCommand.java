package org.zsyz.scorecard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.batch.JobRunner;
import org.zsyz.scorecard.batch.RunFailedException;
import org.zsyz.scorecard.batch.ScorecardOperations;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.progress.RunReports;

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
        try (ConfigurableApplicationContext context = startContext(springArguments().toArray(String[]::new))) {
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
        }
    }

    abstract int run(ConfigurableApplicationContext context) throws Exception;

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
        String reason = execution.getAllFailureExceptions().stream().findFirst().map(SpringContext::reason)
                .orElse(execution.getExitStatus().getExitDescription());
        err().println("scorecard: " + execution.getJobInstance().getJobName() + " #" + execution.getId() + " "
                + execution.getStatus() + ": " + reason);
        err().println("scorecard: 修正问题后重新运行同一命令（或 scorecard restart " + execution.getId()
                + "）即可从中断处继续。");
        return ExitCodes.FAILED;
    }
}
