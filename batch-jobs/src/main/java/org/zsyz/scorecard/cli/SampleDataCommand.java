package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.sample.MethodSample;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleScale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "sample-data",
        mixinStandardHelpOptions = true,
        description = "Write a fictional city's targets workbooks and monthly returns, reproducibly: "
                + "DIR/targets-<year>.xlsx and DIR/inbox/<period>/<unit code>.xlsx.")
class SampleDataCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the files")
    Path out;

    @Option(
            names = "--scale",
            defaultValue = "CITY",
            description = "CITY (示例市: 13 hand-made units, 40–120 ledger rows), PROVINCE (180 units) or NATION "
                    + "(2,850 units), both with about 300 ledger rows a unit; default ${DEFAULT-VALUE}")
    SampleScale scale;

    @Option(
            names = "--seed",
            defaultValue = "" + SampleCityGenerator.DEFAULT_SEED,
            description = "the random seed: the same seed writes the same files (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--periods",
            paramLabel = "N",
            description = "write the returns of the latest N months only (1 to 21; default all 21: January of last "
                    + "year to the latest period); the targets workbooks are always written")
    Integer periods;

    @Option(
            names = "--method",
            paramLabel = "FILE",
            description =
                    "fit the city to this method (e.g. one of docs/methods/; $${year} is filled in): its target "
                            + "columns, 工作指标 items and ledger columns, and the method itself as DIR/rules/assessment-<year>.yml")
    Path method;

    @Override
    public Integer call() throws Exception {
        SampleCityGenerator generator = new SampleCityGenerator(scale, seed);
        if (method != null) {
            try {
                generator.withMethod(MethodSample.of(method, generator.previousYear(), generator.currentYear()));
            } catch (RulesFileException e) {
                spec.commandLine().getErr().println("考核办法文件有 " + e.problems().size() + " 处错误：");
                e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
                return ExitCodes.FAILED;
            }
        }
        int all = generator.periods().size();
        if (periods != null && (periods < 1 || periods > all)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--periods 应为 1 到 " + all + " 之间的整数：" + periods);
        }
        SampleCityGenerator.Summary summary = generator.write(out, periods == null ? all : periods);
        spec.commandLine()
                .getOut()
                .println("已生成" + SampleCityGenerator.CITY_NAME + "样例数据：" + summary.units()
                        + " 个考核单位，" + summary.periods().size() + " 个月，" + summary.filesWritten() + " 个文件 → "
                        + out.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
