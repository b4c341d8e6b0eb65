package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.publish.PublicationService;
import org.zsyz.scorecard.store.publish.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description =
                "Render the bulletin, every unit's scorecard and the Excel export of an assessed period into out/<period>/.")
class PublishCommand extends SpringCommand {

    @Override
    boolean announcesHome() {
        return true;
    }

    @Mixin
    PeriodOption periodOption;

    @Option(names = "--revision", description = "publish again as a revision (更正版) of an already published period")
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
                context.getBean(ScorecardOperations.class).publish(period, revision, confirmFewReturns);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            published(context, period);
        }
        return finish(context, execution);
    }

    void published(ConfigurableApplicationContext context, YearMonth period) {
        Publication p = context.getBean(PublicationService.class).latest(period);
        out().println("已发布 " + period + (p.revision() > 0 ? "（第" + p.revision() + "次更正版）" : "") + "：" + p.fileCount()
                + " 个文件 → " + p.folder());
    }
}
