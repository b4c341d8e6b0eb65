package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = "Compute every unit's indicators, rates and score for a period and rank them in their groups.")
class AssessCommand extends SpringCommand {

    @Override
    boolean announcesHome() {
        return true;
    }

    @Mixin
    PeriodOption periodOption;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        YearMonth period = periodOption.value();
        JobExecution execution = context.getBean(ScorecardOperations.class).assess(period);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            AssessmentMapper results = context.getBean(AssessmentMapper.class);
            Printouts.ranking(out(), results, period);
            var run = results.findRun(period);
            out().println("考核办法：" + run.configName() + "（" + unbracketed(run.configSource()) + "，SHA-256 "
                    + run.configSha256().substring(0, 12) + "…）");
        }
        return finish(context, execution);
    }

    /** A source already in brackets (the default method's {@code （无 …，按默认考核办法）}) without them. */
    static String unbracketed(String source) {
        return source != null && source.startsWith("（") && source.endsWith("）")
                ? source.substring(1, source.length() - 1)
                : source;
    }
}
