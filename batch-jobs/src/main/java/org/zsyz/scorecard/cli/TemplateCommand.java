package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.returns.ReturnTemplateService;
import org.zsyz.scorecard.sample.MethodFiles;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scorecard template targets|return}: the workbooks the bureau hands out to be filled. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Write a template workbook to fill: the year's targets, or a unit's monthly return.",
        subcommands = {TemplateCommand.Targets.class, TemplateCommand.Return.class})
class TemplateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "targets",
            mixinStandardHelpOptions = true,
            description = "Write the blank targets workbook (年度目标任务书) of a year.")
    static class Targets implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--year", required = true, description = "the year, e.g. 2026")
        int year;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx to write")
        Path out;

        @Option(
                names = "--method",
                paramLabel = "FILE",
                description = "the year's method file (e.g. rules/assessment-2026.yml or one of docs/methods/): one "
                        + "target column per indicator of it with a target; default: the default method's seven")
        Path method;

        @Override
        public Integer call() throws Exception {
            if (year < 2000 || year > 2099) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--year must be 2000..2099, not " + year);
            }
            IndicatorCatalogue catalogue = IndicatorCatalogue.DEFAULT;
            if (method != null) {
                try {
                    catalogue = MethodFiles.read(method, year).rules().catalogue();
                } catch (RulesFileException e) {
                    spec.commandLine()
                            .getErr()
                            .println("考核办法文件有 " + e.problems().size() + " 处错误：");
                    e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
                    return ExitCodes.FAILED;
                }
            }
            new TargetsWorkbookWriter().withCatalogue(catalogue).write(TargetsWorkbook.blank(year), out);
            spec.commandLine()
                    .getOut()
                    .println("已写出 " + year + " 年目标任务书模板 → "
                            + out.toAbsolutePath().normalize());
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "return",
            mixinStandardHelpOptions = true,
            description = "Write a unit's monthly return (月报表) for a period, pre-filled with the ledger of its "
                    + "latest accepted return, so the unit only updates what changed.")
    static class Return extends SpringCommand {

        @Mixin
        PeriodOption periodOption;

        @Option(names = "--unit", required = true, paramLabel = "CODE", description = "the unit code, e.g. 410711")
        String unit;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx to write")
        Path out;

        @Override
        boolean runsQuick() {
            return true;
        }

        @Override
        int run(ConfigurableApplicationContext context) {
            YearMonth period = periodOption.value();
            var written = context.getBean(ReturnTemplateService.class).write(unit.strip(), period, out);
            String from = written.source() == null
                    ? "台账为空（该单位还没有被接收的月报表）"
                    : "预填 " + written.source().period() + " 第"
                            + written.source().versionNo() + "版台账 " + written.projects() + " 个项目";
            out().println("已写出 " + written.unit().unitCode() + " "
                    + written.unit().unitName() + " " + period + " 月报表模板，" + from + " → "
                    + out.toAbsolutePath().normalize());
            return ExitCodes.OK;
        }
    }
}
