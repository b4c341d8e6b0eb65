package org.zsyz.scorecard.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.ReturnCover;
import org.zsyz.scorecard.returns.ReturnWorkbookWriter;
import org.zsyz.scorecard.returns.TemplateWorkbooks;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorecard cds-training --out FOLDER} (hidden): the launcher's training run for its class-data-sharing
 * archive (scripts/scorecard). One JVM does what the quick commands load: {@code jobs --limit 1} (on the launcher's
 * empty throw-away database it tries the quick start, finds no schema and starts the whole application), then writes
 * a targets template and a one-project return template into FOLDER, so POI's writing classes are archived too —
 * without them {@code template return} loaded 2,000 classes the archive did not hold (docs/performance.md).
 */
@Command(name = "cds-training", hidden = true, description = "The launcher's training run (not for users).")
class TrainingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "where the two workbooks go")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        int jobs = run("jobs", "--limit", "1");
        int targets = run(
                "template",
                "targets",
                "--year",
                "2026",
                "--out",
                out.resolve("targets.xlsx").toString());
        LedgerRow project = new LedgerRow(
                "2026-001",
                "训练项目",
                "训练公司",
                InvestorSource.OUT_OF_PROVINCE,
                "先进制造业",
                ProjectStatus.STARTED,
                LocalDate.of(2026, 1, 5),
                new BigDecimal("12.5"),
                LocalDate.of(2026, 3, 1),
                new BigDecimal("3.25"),
                new BigDecimal("1.5"),
                BigDecimal.ZERO,
                Boolean.TRUE,
                Boolean.FALSE,
                null);
        ReturnCover cover = new ReturnCover("000000", "训练单位", YearMonth.of(2026, 1), "训练", "0000");
        TemplateWorkbooks.writeAtomically(
                out.resolve("return.xlsx"),
                stream -> new ReturnWorkbookWriter().write(cover, List.of(project), ReturnActivity.BLANK, stream));
        return jobs == ExitCodes.OK && targets == ExitCodes.OK ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new ScorecardCommand());
        command.setOut(spec.commandLine().getOut());
        command.setErr(spec.commandLine().getErr());
        return command.execute(args);
    }
}
