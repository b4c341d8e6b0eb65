package org.zsyz.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.TargetImport;
import org.zsyz.scorecard.targets.TargetsRejectedException;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;

/** 目标任务书 uploaded on the targets page: stored under uploads/targets/ and imported by the targets job. */
@Component
class TargetsUploads {

    private static final int ISSUES_SHOWN = 200;

    /** What the page says: a notice, or a problem with the workbook's errors ({@code null} fields are not shown). */
    record Result(String notice, String problem, List<String> issues) {

        static Result notice(String text) {
            return new Result(text, null, null);
        }

        static Result problem(String text) {
            return new Result(null, text, null);
        }
    }

    private final ScorecardOperations operations;
    private final AnnualTargetMapper targets;
    private final ScorecardProperties settings;
    private final AssessmentRulesSource rules;

    TargetsUploads(
            ScorecardOperations operations,
            AnnualTargetMapper targets,
            ScorecardProperties settings,
            AssessmentRulesSource rules) {
        this.operations = operations;
        this.targets = targets;
        this.settings = settings;
        this.rules = rules;
    }

    /**
     * The year's blank 目标任务书, as {@code scorecard template targets} writes it, with a target column for each
     * indicator of the year's method (rules/assessment-&lt;year&gt;.yml, else the default method).
     *
     * @throws RulesFileException when the year's method file has errors
     */
    byte[] blankTemplate(int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TargetsWorkbookWriter()
                .withCatalogue(rules.rulesFor(year).catalogue())
                .write(TargetsWorkbook.blank(year), out);
        return out.toByteArray();
    }

    /** The year's imports, oldest first. */
    List<TargetImport> imports(int year) {
        return targets.findImports(year);
    }

    Result load(int year, MultipartFile file) throws Exception {
        if (year < 2000 || year > 2099) {
            return Result.problem("年度应在 2000 到 2099 之间");
        }
        if (file == null || file.isEmpty()) {
            return Result.problem("请选择目标任务书文件");
        }
        String clientName = PortalReturns.clientName(file.getOriginalFilename());
        // a folder of its own per upload, so that the file keeps the bureau's name: the run's history, its
        // reason and the audit trail name the workbook the bureau chose, not a generated one
        Path folder = settings.home().resolve("uploads").resolve("targets").resolve(year + "-" + UUID.randomUUID());
        Files.createDirectories(folder);
        String lower = clientName.toLowerCase(java.util.Locale.ROOT);
        Path stored =
                folder.resolve(lower.endsWith(".xlsx") || lower.endsWith(".xls") ? clientName : clientName + ".xlsx");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, stored);
        }
        return load(stored, clientName, year);
    }

    private Result load(Path stored, String clientName, int year) throws Exception {
        try {
            JobExecution execution = operations.importTargets(stored, year);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                List<TargetImport> imports = targets.findImports(year);
                TargetImport last = imports.get(imports.size() - 1);
                return Result.notice("已导入 " + year + " 年目标任务书 " + clientName + "：" + last.unitCount() + " 个考核单位，"
                        + last.targetCount() + " 项目标（替换此前的全部目标）");
            }
            TargetsRejectedException rejected = rejection(execution);
            if (rejected != null) {
                // a refused workbook is of no further use: its errors are on the page, a restart would
                // refuse it again; the bureau uploads a corrected one
                discard(stored);
                return new Result(
                        null,
                        clientName + " 未导入，" + year + " 年原有目标不变。发现 "
                                + rejected.issues().errorCount() + " 处错误：",
                        rejected.issues().errors().stream()
                                .limit(ISSUES_SHOWN)
                                .map(i -> i.describe(clientName))
                                .toList());
            }
            return Result.problem(
                    "导入未完成：" + RunDescriptions.reason(execution.getExitStatus().getExitDescription()));
        } catch (JobRunner.AlreadyCompleteException e) {
            discard(stored);
            return Result.notice("这份目标任务书（内容相同）已经导入过，" + year + " 年目标不变");
        } catch (RunLockedException e) {
            discard(stored); // never started: nothing refers to the file
            return Result.problem(e.getMessage());
        }
    }

    /** The upload and its folder. */
    private static void discard(Path stored) throws IOException {
        Files.deleteIfExists(stored);
        Files.deleteIfExists(stored.getParent());
    }

    private static TargetsRejectedException rejection(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof TargetsRejectedException rejected) {
                    return rejected;
                }
            }
        }
        return null;
    }
}
