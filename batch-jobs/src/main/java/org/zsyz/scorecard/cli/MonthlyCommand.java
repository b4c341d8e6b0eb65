package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.ImportOutcomes;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "monthly",
        mixinStandardHelpOptions = true,
        description = "The month's whole run: import-returns from the inbox, then assess, then publish. "
                + "A failed run resumes where it stopped when started again.")
class MonthlyCommand extends SpringCommand {

    @Override
    boolean announcesHome() {
        return true;
    }

    @Mixin
    PeriodOption periodOption;

    @Option(names = "--inbox", description = "the folder to import from (default: inbox/<period>/)")
    Path inbox;

    @Option(names = "--revision", description = "run again as a revision (更正版) of an already published period")
    boolean revision;

    @Option(
            names = "--confirm-few-returns",
            description = "publish even if the month has no counting return, or "
                    + "fewer than half as many as the month published before it (otherwise refused, exit code 5)")
    boolean confirmFewReturns;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        YearMonth period = periodOption.value();
        JobExecution execution =
                context.getBean(ScorecardOperations.class).monthly(period, inbox, revision, confirmFewReturns);
        Printouts.importTable(
                out(),
                period,
                context.getBean(ImportOutcomes.class).ofRun(execution.getId()),
                inbox != null
                        ? inbox.toAbsolutePath().normalize()
                        : context.getBean(ScorecardProperties.class).inbox(period));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out().println();
            Printouts.ranking(out(), context.getBean(AssessmentMapper.class), period);
        }
        return finish(context, execution);
    }
}
