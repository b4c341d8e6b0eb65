package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.publish.PublicationService;
import org.zsyz.scorecard.returns.ImportOutcome;
import org.zsyz.scorecard.returns.ImportOutcomes;
import org.zsyz.scorecard.sample.MethodSample;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleUnit;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.history.JobHistoryMapper;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Generate the sample city into the working folder, import its targets and every month's "
                + "returns, assess each month, run the monthly job for the latest month and show the ranking.")
class DemoCommand extends SpringCommand {

    @Override
    boolean createsHome() {
        return true;
    }

    @Option(
            names = "--without-latest",
            description = "prepare everything up to the month before the latest and stop there, leaving the latest "
                    + "month's returns in the inbox: a working folder for rehearsing the monthly run")
    boolean withoutLatest;

    @Option(
            names = "--method",
            paramLabel = "FILE",
            description = "generate the city for this method (e.g. one of docs/methods/; $${year} is filled in): "
                    + "it is installed as both sample years' rules/assessment-<year>.yml, and the targets and returns "
                    + "carry its columns; default: the default method")
    Path method;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        ScorecardProperties settings = context.getBean(ScorecardProperties.class);
        ScorecardOperations operations = context.getBean(ScorecardOperations.class);
        ImportOutcomes outcomes = context.getBean(ImportOutcomes.class);
        AssessmentMapper results = context.getBean(AssessmentMapper.class);
        Path home = settings.home();

        SampleCityGenerator generator = new SampleCityGenerator();
        if (method != null) {
            MethodSample fitted;
            try {
                fitted = MethodSample.of(method, generator.previousYear(), generator.currentYear());
            } catch (RulesFileException e) {
                err().println("考核办法文件有 " + e.problems().size() + " 处错误：");
                e.problems().forEach(p -> err().println("  " + p));
                return ExitCodes.FAILED;
            }
            generator.withMethod(fitted);
            out().println("0. 考核办法："
                    + fitted.method(generator.currentYear()).rules().name() + "（" + method + "，"
                    + fitted.catalogue(generator.currentYear()).size() + " 项指标）");
        }
        switch (folderHolds(context, generator)) {
            case NOTHING -> {
                SampleCityGenerator.Summary sample = generator.write(home);
                out().println("1. 样例数据：" + sample.units() + " 个考核单位，"
                        + sample.periods().size() + " 个月的月报 → "
                        + home.resolve("inbox").toAbsolutePath().normalize());
            }
            case SAMPLE_CITY -> {
                if (method != null) {
                    err().println("scorecard: 工作目录 " + home + " 已有示例市：--method 只用于新的空文件夹");
                    return ExitCodes.REFUSED;
                }
                // written again, the returns already imported would wait in the inbox for ever, and the latest
                // month's would make a 更正版 of an unchanged month
                out().println("1. 工作目录已有示例市（此前运行过 demo）：不再重新生成样例数据，从上次停下的地方继续");
            }
            case OTHER_DATA -> {
                err().println("scorecard: 工作目录 " + home + " 已有不属于示例市的数据（作业记录或目标任务书）：demo 会替换 "
                        + generator.previousYear() + "、" + generator.currentYear() + " 年的考核单位和目标，因此不运行。");
                err().println("scorecard: 请在一个新的空文件夹中运行 demo（例如 mkdir scorecard-demo && cd scorecard-demo）。");
                return ExitCodes.REFUSED;
            }
        }

        for (int year : List.of(generator.previousYear(), generator.currentYear())) {
            Path targets = SampleCityGenerator.targetsFile(home, year);
            if (!quietly(() -> operations.importTargets(targets, year))) {
                return ExitCodes.FAILED;
            }
        }
        out().println("2. 已导入 " + generator.previousYear() + "、" + generator.currentYear() + " 年目标任务书");

        YearMonth latest = generator.latestPeriod();
        int accepted = 0;
        int rejected = 0;
        for (YearMonth period : generator.periods()) {
            if (period.equals(latest)) {
                continue;
            }
            JobExecution[] imported = new JobExecution[1];
            if (!quietly(() -> imported[0] = operations.importReturns(period, null))) {
                return ExitCodes.FAILED;
            }
            // none when the period's import had already completed: nothing of it is new
            List<ImportOutcome> taken = imported[0] == null ? List.of() : outcomes.ofRun(imported[0].getId());
            // a month assessed before with nothing new is left as it is: assessed again, it would count as a
            // change to the published latest month, and the latest month's run would make a 更正版
            boolean assessed = results.findRun(period) != null;
            if ((!assessed || !taken.isEmpty()) && !quietly(() -> operations.assess(period))) {
                return ExitCodes.FAILED;
            }
            for (ImportOutcome o : taken) {
                if (o.accepted()) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
        }
        out().println("3. 已导入并评估 " + generator.firstPeriod() + " 至 " + latest.minusMonths(1) + " 的月报（接收 " + accepted
                + " 份" + (rejected > 0 ? "，退回 " + rejected + " 份" : "") + "）");

        if (withoutLatest) {
            out().println("4. " + latest + " 的月报留在收件箱 "
                    + settings.inbox(latest).toAbsolutePath().normalize() + "：scorecard monthly --period " + latest
                    + " 运行它");
            return ExitCodes.OK;
        }
        out().println("4. 运行 " + latest + " 月度作业（导入、评估、发布）：");
        out().println();
        try {
            JobExecution monthly = operations.monthly(latest, null, false);
            Printouts.importTable(out(), latest, outcomes.ofRun(monthly.getId()));
            if (monthly.getStatus() != BatchStatus.COMPLETED) {
                return exitCode(monthly);
            }
        } catch (ScorecardOperations.AlreadyPublishedException e) {
            out().println(latest + " 已经发布过，直接显示结果。");
        }
        out().println();
        Printouts.ranking(out(), results, latest);
        Publication publication = context.getBean(PublicationService.class).latest(latest);
        out().println();
        out().println("PDF 成绩单在："
                + Path.of(publication.folder()).toAbsolutePath().normalize());
        out().println("  全市成绩单-" + latest + ".pdf、每个单位一份成绩单、成绩单-" + latest + ".xlsx、MANIFEST.sha256");
        return ExitCodes.OK;
    }

    private interface Launch {
        JobExecution run() throws Exception;
    }

    /** Runs a step of the demo; a run that already completed earlier (a second demo) is fine. */
    private boolean quietly(Launch launch) throws Exception {
        try {
            JobExecution execution = launch.run();
            return execution.getStatus() == BatchStatus.COMPLETED || exitCode(execution) == ExitCodes.OK;
        } catch (JobRunner.AlreadyCompleteException e) {
            return true;
        }
    }

    private enum FolderHolds {
        NOTHING,
        SAMPLE_CITY,
        OTHER_DATA
    }

    /**
     * What the working folder's database holds: nothing yet (no run, no unit), the sample city as a demo left
     * it (both sample years' units are exactly its units), or anything else — a bureau's installation, which the demo must not touch.
     */
    private static FolderHolds folderHolds(ConfigurableApplicationContext context, SampleCityGenerator generator) {
        AssessedUnitMapper units = context.getBean(AssessedUnitMapper.class);
        boolean noRuns =
                context.getBean(JobHistoryMapper.class).findRecentExecutions(1).isEmpty();
        Set<String> sample = generator.units().stream().map(SampleUnit::code).collect(Collectors.toSet());
        boolean anyUnits = false;
        boolean bothSample = true;
        for (int year : List.of(generator.previousYear(), generator.currentYear())) {
            Set<String> codes =
                    units.findUnits(year).stream().map(AssessedUnit::unitCode).collect(Collectors.toSet());
            anyUnits |= !codes.isEmpty();
            bothSample &= codes.equals(sample);
        }
        if (noRuns && !anyUnits) {
            return FolderHolds.NOTHING;
        }
        return bothSample ? FolderHolds.SAMPLE_CITY : FolderHolds.OTHER_DATA;
    }
}
