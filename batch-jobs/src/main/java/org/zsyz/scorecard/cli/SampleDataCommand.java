package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleScale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Write a fictional city's targets workbooks and monthly returns, reproducibly: "
                + "DIR/targets-<year>.xlsx and DIR/inbox/<period>/<unit code>.xlsx.")
class SampleDataCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the files")
    Path out;

    @Option(names = "--scale", defaultValue = "CITY",
            description = "CITY (13 units), PROVINCE (180) or NATION (2,850); default ${DEFAULT-VALUE}")
    SampleScale scale;

    @Option(names = "--seed", defaultValue = "" + SampleCityGenerator.DEFAULT_SEED,
            description = "the random seed: the same seed writes the same files (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        SampleCityGenerator.Summary summary = new SampleCityGenerator(scale, seed).write(out);
        spec.commandLine().getOut().println("已生成" + SampleCityGenerator.CITY_NAME + "样例数据：" + summary.units()
                + " 个考核单位，" + summary.periods().size() + " 个月，" + summary.filesWritten() + " 个文件 → "
                + out.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
