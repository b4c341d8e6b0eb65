package org.zsyz.scorecard.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.assess.MethodNote;
import org.zsyz.scorecard.assess.RulesFile;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.assess.RulesYaml;
import org.zsyz.scorecard.assess.YearChecks;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scorecard rules}: the year's assessment method file (考核办法) — write the defaults, check, show. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "The assessment method (考核办法) of a year: rules/assessment-<year>.yml.",
        subcommands = {RulesCommand.Init.class, RulesCommand.Check.class, RulesCommand.Show.class})
class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "Write the default method (docs/method.md) for a year, with a comment on every entry, "
                    + "to edit.")
    static class Init extends SpringCommand {

        @Option(names = "--year", required = true, description = "the year the method is for")
        int year;

        @Option(names = "--file", description = "where to write it (default: <rules folder>/assessment-<year>.yml)")
        Path file;

        @Option(names = "--force", description = "overwrite an existing file")
        boolean force;

        @Override
        int run(ConfigurableApplicationContext context) throws Exception {
            AssessmentRulesSource source = context.getBean(AssessmentRulesSource.class);
            Path target = file != null ? file : source.fileFor(year);
            if (Files.exists(target) && !force) {
                err().println("scorecard: " + target + " 已存在，未覆盖（确需重写请加 --force）");
                return ExitCodes.REFUSED;
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            RulesFile defaults = source.defaults(year);
            Files.writeString(target, defaults.text(), StandardCharsets.UTF_8);
            out().println("已写入 " + year + " 年默认考核办法：" + target);
            out().println("修改后运行 scorecard rules check --year " + year + " 检查。");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description =
                    "Check a year's method file and print what it says; exit 1 with every problem if it is wrong.")
    static class Check extends SpringCommand {

        @Option(names = "--year", required = true, description = "the year")
        int year;

        @Option(names = "--file", description = "the file to check (default: <rules folder>/assessment-<year>.yml)")
        Path file;

        @Override
        boolean runsQuick() {
            return true;
        }

        @Override
        int run(ConfigurableApplicationContext context) throws Exception {
            AssessmentRulesSource source = context.getBean(AssessmentRulesSource.class);
            AssessedUnitMapper units = context.getBean(AssessedUnitMapper.class);
            RulesFile method;
            try {
                if (file != null) {
                    method = AssessmentRulesSource.read(file, year);
                } else {
                    method = source.forYear(year);
                }
            } catch (RulesFileException e) {
                err().println("考核办法文件有 " + e.problems().size() + " 处错误：");
                e.problems().forEach(p -> err().println("  " + p));
                return ExitCodes.FAILED;
            }
            // checked against the year's imported targets, as the assessment checks it: its groups and columns
            List<RulesFileException.Problem> problems = YearChecks.problems(
                    method,
                    units.findUnits(year),
                    context.getBean(AnnualTargetMapper.class).findTargets(year));
            if (!problems.isEmpty()) {
                err().println("考核办法文件有 " + problems.size() + " 处错误：");
                problems.forEach(p -> err().println("  " + p));
                return ExitCodes.FAILED;
            }
            if (!method.fromFile()) {
                out().println("没有 " + source.fileFor(year) + "：" + year + " 年按默认考核办法评估"
                        + "（scorecard rules init --year " + year + " 可写出默认办法以便修改）。");
            } else {
                out().println(method.source() + " 有效。");
            }
            describe(method);
            return ExitCodes.OK;
        }

        private void describe(RulesFile method) {
            AssessmentRules r = method.rules();
            out().println("办法名称：" + r.name());
            out().println("SHA-256：" + method.sha256());
            TextTable table = new TextTable("指标", "权重", "计分方法", "基准值").right(1, 3);
            for (AssessmentRules.IndicatorRule rule : r.indicators().values()) {
                table.row(
                        rule.indicator().name() + " " + rule.indicator().fullName(),
                        Decimals.plain(rule.weight()),
                        MethodNote.methodNames().get(rule.method()),
                        rule.benchmark() == null || rule.indicator().hasTarget()
                                ? null
                                : Decimals.plain(rule.benchmark().movePointRight(2)) + "%");
            }
            out().print(table);
            if (!r.definitions().columns().isEmpty()) {
                // the extra ledger columns the year's returns must carry
                TextTable columns = new TextTable("台账附加列", "代码", "类型", "必填");
                r.definitions()
                        .columns()
                        .all()
                        .forEach(c -> columns.row(c.header(), c.code(), c.type().label, c.required() ? "是" : "否"));
                out().print(columns);
            }
            MethodNote.lines(r).forEach(line -> out().println(line));
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show which method produced a period's stored results, and its full text.")
    static class Show extends SpringCommand {

        @Mixin
        PeriodOption periodOption;

        @Override
        int run(ConfigurableApplicationContext context) throws Exception {
            YearMonth period = periodOption.value();
            AssessmentRun run = context.getBean(AssessmentMapper.class).findRun(period);
            if (run == null) {
                err().println("scorecard: " + period + " 尚未评估");
                return ExitCodes.FAILED;
            }
            out().println(period + " 于 " + run.computedAt() + " 评估，所用考核办法：" + run.configName());
            out().println("来源：" + (run.configSource() == null ? "—" : run.configSource()));
            out().println("SHA-256：" + run.configSha256());
            if (run.configText() != null) {
                out().println("---- " + RulesYaml.fileName(period.getYear()) + " ----");
                out().print(run.configText());
            }
            return ExitCodes.OK;
        }
    }
}
