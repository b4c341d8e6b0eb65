package org.zsyz.scorecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code scorecard}: the command line of the 招商引资成绩单 system. Spring starts only for commands that
 * need the database; arguments of the form {@code --spring.x=y} or {@code --scorecard.x=y} are handed
 * to Spring Boot (e.g. {@code --spring.profiles.active=mysql}).
 */
@Command(
        name = "scorecard",
        mixinStandardHelpOptions = true,
        version = "scorecard 1.0",
        description = "招商引资成绩单: import monthly returns, assess and rank the units, publish PDF scorecards.",
        subcommands = {
            DemoCommand.class,
            SampleDataCommand.class,
            TemplateCommand.class,
            ImportTargetsCommand.class,
            ImportReturnsCommand.class,
            AssessCommand.class,
            RulesCommand.class,
            PublishCommand.class,
            MonthlyCommand.class,
            AnnualCommand.class,
            QuarterlyCommand.class,
            RestartCommand.class,
            ServeCommand.class,
            UserCommand.class,
            JobsCommand.class,
            ContactCommand.class,
            RemindCommand.class,
            MessagesCommand.class,
            AuditCommand.class,
            SpotCheckCommand.class,
            ReviewCommand.class,
            TrainingCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Database: the embedded H2 file ./data/ by default.",
            "  --spring.profiles.active=mysql, or SPRING_DATASOURCE_URL, _USERNAME and",
            "  _PASSWORD, point it at MySQL/MariaDB.",
            "Exit codes:",
            "  0 done",
            "  1 failed (scorecard restart, or the same command again, resumes it)",
            "  2 usage (also: the working folder is missing or read-only)",
            "  3 refused (already done; a published month needs --revision, and a",
            "    revision something new; a refused workbook has nothing to resume)",
            "  4 busy (another process is running the same period right now)",
            "  5 not published: no or far fewer returns than last month",
            "    (--confirm-few-returns publishes it)"
        })
public class ScorecardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; used by main and by the tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        List<String> own = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--spring.") || arg.startsWith("--scorecard.") || arg.startsWith("--logging.")) {
                springArgs.add(arg);
            } else {
                own.add(arg);
            }
        }
        CommandLine commandLine = new CommandLine(new ScorecardCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            err.println("scorecard: " + SpringContext.reason(e));
            return ExitCodes.FAILED;
        });
        SpringContext.setArguments(springArgs);
        try {
            return commandLine.execute(own.toArray(String[]::new));
        } finally {
            out.flush();
            err.flush();
        }
    }
}
