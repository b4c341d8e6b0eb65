package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.store.spotcheck.SpotCheck;
import org.zsyz.scorecard.store.spotcheck.SpotCheckDraw;
import org.zsyz.scorecard.verification.SpotCheckService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorecard spot-check draw|list|record}: the bureau's 抽查 — a period's sample (N projects per unit, from a
 * recorded seed), its list, and each drawn project's result. A refusal prints one line and exits 3.
 */
@Command(
        name = "spot-check",
        mixinStandardHelpOptions = true,
        description = "抽查: draw a period's sample of projects from a seed, list it, record each result.",
        subcommands = {SpotCheckCommand.Draw.class, SpotCheckCommand.ListChecks.class, SpotCheckCommand.Record.class})
class SpotCheckCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs an action, turning a refusal into a one-line message and exit code 3. */
    abstract static class Action extends SpringCommand {
        @Override
        int run(ConfigurableApplicationContext context) {
            try {
                return act(context.getBean(SpotCheckService.class));
            } catch (SpotCheckService.SpotCheckRefused e) {
                err().println("scorecard: " + e.getMessage());
                return ExitCodes.REFUSED;
            }
        }

        abstract int act(SpotCheckService checks);

        void print(List<SpotCheck> checks) {
            TextTable table = new TextTable("#", "单位", "项目编号", "项目名称", "核查结果", "说明").right(0);
            for (SpotCheck c : checks) {
                table.row(
                        c.id(),
                        c.unitCode(),
                        c.projectNo(),
                        c.projectName(),
                        c.result() == null ? "待核查" : c.result().label(),
                        c.note() == null ? "" : c.note());
            }
            if (table.isEmpty()) {
                out().println("没有抽查项目。");
            } else {
                out().print(table);
            }
        }
    }

    @Command(name = "draw", mixinStandardHelpOptions = true, description = "Draw the period's sample (once).")
    static class Draw extends Action {
        @Option(names = "--period", required = true, converter = PeriodOption.Converter.class, description = "YYYY-MM")
        YearMonth period;

        @Option(names = "--per-unit", required = true, description = "projects per unit (1-50)")
        int perUnit;

        @Option(names = "--seed", description = "the seed (default: a new random one, recorded)")
        Long seed;

        @Override
        int act(SpotCheckService checks) {
            SpotCheckDraw draw = checks.draw(period, perUnit, seed, "命令行:" + System.getProperty("user.name"));
            out().println("已抽取 " + period + " 的抽查样本：种子 " + draw.seed() + "，每单位 " + draw.perUnit() + " 个。");
            print(checks.ofPeriod(period));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The period's sample and results.")
    static class ListChecks extends Action {
        @Option(names = "--period", required = true, converter = PeriodOption.Converter.class, description = "YYYY-MM")
        YearMonth period;

        @Override
        int act(SpotCheckService checks) {
            SpotCheckDraw draw = checks.drawOf(period);
            if (draw == null) {
                out().println(period + " 还没有抽取抽查样本。");
                return ExitCodes.OK;
            }
            out().println("样本：种子 " + draw.seed() + "，每单位 " + draw.perUnit() + " 个，" + draw.drawnBy() + " 于 "
                    + draw.drawnAt().toString().replace('T', ' ') + " 抽取。");
            print(checks.ofPeriod(period));
            return ExitCodes.OK;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true, description = "Record a drawn project's result.")
    static class Record extends Action {
        @Option(names = "--id", required = true, description = "the check's number (# in list)")
        long id;

        @Option(names = "--result", required = true, description = "通过 or 弄虚作假")
        String result;

        @Option(names = "--note", description = "what was found (required for 弄虚作假)")
        String note;

        @Override
        int act(SpotCheckService checks) {
            SpotCheck c = checks.record(id, result, note, "命令行:" + System.getProperty("user.name"));
            out().println("已记录抽查 #" + c.id() + "（" + c.unitCode() + " 项目 " + c.projectNo() + "）的核查结果："
                    + c.result().label() + "。");
            return ExitCodes.OK;
        }
    }
}
