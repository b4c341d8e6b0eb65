package org.zsyz.scorecard.cli;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.batch.ScorecardOperations;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.returns.ErrorWorkbookWriter;
import org.zsyz.scorecard.targets.AnnualTargetMapper;
import org.zsyz.scorecard.targets.TargetImport;
import org.zsyz.scorecard.targets.TargetsRejectedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-targets", mixinStandardHelpOptions = true,
        description = "Import a year's targets workbook (年度目标任务书); replaces that year's units and targets as a whole.")
class ImportTargetsCommand extends SpringCommand {

    @Parameters(paramLabel = "FILE", description = "the targets workbook (.xlsx or .xls)")
    Path file;

    @Option(names = "--year", description = "the year the targets are for (default: the year in the file name)")
    Integer year;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        int targetYear = ScorecardOperations.yearOf(file, year);
        JobExecution execution = context.getBean(ScorecardOperations.class).importTargets(file, targetYear);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            var imports = context.getBean(AnnualTargetMapper.class).findImports(targetYear);
            TargetImport last = imports.get(imports.size() - 1);
            out().println("已导入 " + targetYear + " 年目标任务书 " + last.fileName() + "：" + last.unitCount()
                    + " 个考核单位，" + last.targetCount() + " 项目标。");
            return finish(context, execution);
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            if (t instanceof TargetsRejectedException rejected && rejected.issues() != null) {
                rejected.issues().all().forEach(i -> err().println("  " + i.describe(file.getFileName().toString())));
                Path list = context.getBean(ErrorWorkbookWriter.class).write(file.toAbsolutePath(),
                        rejected.issues().all());
                err().println("错误清单：" + list);
            }
        }
        return finish(context, execution);
    }
}
