package org.zsyz.scorecard.cli;

import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.excel.SafeFiles;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.ErrorWorkbookWriter;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.TargetImport;
import org.zsyz.scorecard.targets.TargetsRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import-targets",
        mixinStandardHelpOptions = true,
        description = "Import a year's targets workbook (年度目标任务书); replaces that year's units and targets as a "
                + "whole. A workbook with errors changes nothing and gets <name>-错误清单.xlsx beside it.")
class ImportTargetsCommand extends SpringCommand {

    private static final int ISSUES_SHOWN = 20;

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
            out().println("已导入 " + targetYear + " 年目标任务书 " + last.fileName() + "：" + last.unitCount() + " 个考核单位，"
                    + last.targetCount() + " 项目标（第 " + imports.size() + " 次导入，替换此前的全部目标）。");
            return finish(context, execution);
        }
        for (Throwable t =
                        execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                t != null;
                t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TargetsRejectedException rejected) {
                String name = file.getFileName().toString();
                err().println(name + " 未导入，" + targetYear + " 年原有目标不变。发现 "
                        + rejected.issues().errorCount() + " 处错误：");
                rejected.issues().errors().stream()
                        .limit(ISSUES_SHOWN)
                        .forEach(i -> err().println("  " + i.describe(name)));
                if (rejected.issues().errorCount() > ISSUES_SHOWN) {
                    err().println("  …… 其余 " + (rejected.issues().errorCount() - ISSUES_SHOWN) + " 处见错误清单");
                }
                Path folder = file.toAbsolutePath().getParent();
                var written = context.getBean(ErrorWorkbookWriter.class)
                        .write(file, folder, SafeFiles.stem(name), rejected.issues());
                err().println("错误清单：" + written.file());
                break;
            }
        }
        return finish(context, execution);
    }
}
