package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.ImportOutcomes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "import-returns",
        mixinStandardHelpOptions = true,
        description = "Import every return waiting in inbox/<period>/; accepted files go to archive/<period>/, "
                + "rejected ones with their error list to rejected/<period>/.")
class ImportReturnsCommand extends SpringCommand {

    @Override
    boolean announcesHome() {
        return true;
    }

    @Mixin
    PeriodOption periodOption;

    @Option(names = "--inbox", description = "the folder to import from (default: inbox/<period>/)")
    Path inbox;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        YearMonth period = periodOption.value();
        JobExecution execution = context.getBean(ScorecardOperations.class).importReturns(period, inbox);
        Printouts.importTable(
                out(),
                period,
                context.getBean(ImportOutcomes.class).ofRun(execution.getId()),
                inbox != null
                        ? inbox.toAbsolutePath().normalize()
                        : context.getBean(ScorecardProperties.class).inbox(period));
        return finish(context, execution);
    }
}
