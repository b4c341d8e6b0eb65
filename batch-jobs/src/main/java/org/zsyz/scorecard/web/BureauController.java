package org.zsyz.scorecard.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.assess.AssessmentMapper;
import org.zsyz.scorecard.batch.JobRunner;
import org.zsyz.scorecard.batch.ScorecardOperations;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.history.JobExecutionSummary;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.portal.BureauMapper;
import org.zsyz.scorecard.portal.PortalMapper;
import org.zsyz.scorecard.portal.SubmissionLine;
import org.zsyz.scorecard.returns.ReturnSubmission;
import org.zsyz.scorecard.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.targets.AnnualTargetMapper;
import org.zsyz.scorecard.targets.TargetImport;
import org.zsyz.scorecard.targets.TargetsRejectedException;
import org.zsyz.scorecard.unit.AssessedUnit;
import org.zsyz.scorecard.unit.AssessedUnitMapper;

/** The bureau's pages: the submission board, 退回, targets, the monthly run, the ranking and the downloads. */
@Controller
@RequestMapping("/bureau")
class BureauController {

    private static final int ISSUES_SHOWN = 200;

    private final SubmissionBoard board;
    private final PortalReturns returns;
    private final PortalRuns runs;
    private final PortalPublications publications;
    private final PortalMapper portal;
    private final ReturnSubmissionMapper submissions;
    private final AssessmentMapper assessments;
    private final ScorecardOperations operations;
    private final AnnualTargetMapper targets;
    private final ScorecardProperties settings;
    private final BureauMapper bureau;
    private final AssessedUnitMapper units;
    private final RunDescriptions runText;

    BureauController(SubmissionBoard board, PortalReturns returns, PortalRuns runs, PortalPublications publications,
            PortalMapper portal, ReturnSubmissionMapper submissions, AssessmentMapper assessments,
            ScorecardOperations operations, AnnualTargetMapper targets, ScorecardProperties settings,
            BureauMapper bureau, AssessedUnitMapper units, RunDescriptions runText) {
        this.runText = runText;
        this.bureau = bureau;
        this.units = units;
        this.board = board;
        this.returns = returns;
        this.runs = runs;
        this.publications = publications;
        this.portal = portal;
        this.submissions = submissions;
        this.assessments = assessments;
        this.operations = operations;
        this.targets = targets;
        this.settings = settings;
    }

    @GetMapping
    String board(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            Model model) {
        YearMonth p = CountyController.parse(period);
        p = p == null ? returns.currentPeriod() : p;
        model.addAttribute("user", user);
        model.addAttribute("period", p);
        model.addAttribute("periods", periodsWith(returns.openPeriods(), p));
        model.addAttribute("deadline", board.deadline(p));
        model.addAttribute("rows", board.rows(p));
        return "bureau/board";
    }

    /** The choosable periods, with the one on view among them even when it is older than the open ones. */
    /** The board of a period as an .xlsx (see {@link BoardWorkbook}). */
    @GetMapping("/board.xlsx")
    void exportBoard(@RequestParam(required = false) String period, HttpServletResponse response)
            throws IOException {
        YearMonth p = CountyController.parse(period);
        p = p == null ? returns.currentPeriod() : p;
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(BoardWorkbook.fileName(p), StandardCharsets.UTF_8).build().toString());
        BoardWorkbook.write(p, board.deadline(p), board.rows(p), response.getOutputStream());
    }

    static List<YearMonth> periodsWith(List<YearMonth> open, YearMonth shown) {
        if (open.contains(shown)) {
            return open;
        }
        List<YearMonth> all = new java.util.ArrayList<>(open);
        all.add(shown);
        all.sort(java.util.Comparator.reverseOrder());
        return all;
    }

    @GetMapping("/submissions/{id}")
    String submission(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        SubmissionLine line = returns.lineOf(id, null);
        if (line == null) {
            throw Downloads.notFound();
        }
        ReturnSubmission counting = submissions.findCountingForUnit(line.unitCode(), line.period());
        model.addAttribute("user", user);
        model.addAttribute("line", line);
        AssessedUnit unit = units.findUnit(line.period().getYear(), line.unitCode());
        model.addAttribute("unitName", unit == null ? null : unit.unitName());
        model.addAttribute("facts", bureau.findFacts(id));
        model.addAttribute("issues", submissions.findIssues(id));
        model.addAttribute("sendBack", portal.findSendBack(id));
        model.addAttribute("canSendBack", counting != null && counting.id() == id);
        model.addAttribute("back", "/bureau?period=" + line.period());
        model.addAttribute("workbookLink", "/bureau/submissions/" + id + "/error-workbook");
        return "submission";
    }

    @PostMapping("/submissions/{id}/send-back")
    String sendBack(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        SubmissionLine line = returns.lineOf(id, null);
        if (line == null) {
            throw Downloads.notFound();
        }
        String problem = returns.sendBack(id, reason, user.getUsername());
        redirect.addFlashAttribute(problem == null ? "notice" : "problem", problem == null
                ? "已退回 " + line.unitCode() + " 的 " + line.period() + " 第 " + line.versionNo() + " 版，该单位可在网上看到退回原因"
                : problem);
        return problem == null ? "redirect:/bureau?period=" + line.period() : "redirect:/bureau/submissions/" + id;
    }

    @GetMapping("/submissions/{id}/error-workbook")
    ResponseEntity<Resource> errorWorkbook(@PathVariable long id) {
        SubmissionLine line = returns.lineOf(id, null);
        if (line == null) {
            throw Downloads.notFound();
        }
        Path file = returns.errorWorkbook(id);
        return Downloads.of(file, line.unitCode() + "-" + CountyController.stem(line.fileName()) + "-错误清单"
                + (file != null && file.getFileName().toString().endsWith(".xls") ? ".xls" : ".xlsx"));
    }

    @GetMapping("/targets")
    String targetsPage(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("year", returns.currentPeriod().getYear());
        model.addAttribute("imports", targets.findImports(returns.currentPeriod().getYear()));
        return "bureau/targets";
    }

    @PostMapping("/targets")
    String loadTargets(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws Exception {
        int y = year == null ? returns.currentPeriod().getYear() : year;
        model.addAttribute("user", user);
        model.addAttribute("year", y);
        if (y < 2000 || y > 2099) {
            model.addAttribute("problem", "年度应在 2000 到 2099 之间");
        } else if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "请选择目标任务书文件");
        } else {
            String clientName = PortalReturns.clientName(file.getOriginalFilename());
            Path folder = settings.home().resolve("uploads").resolve("targets");
            Files.createDirectories(folder);
            Path stored = folder.resolve(y + "-" + UUID.randomUUID() + ".xlsx");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, stored);
            }
            loadTargets(stored, clientName, y, model);
        }
        model.addAttribute("imports", targets.findImports(y));
        return "bureau/targets";
    }

    private void loadTargets(Path stored, String clientName, int year, Model model) throws Exception {
        try {
            JobExecution execution = operations.importTargets(stored, year);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                List<TargetImport> imports = targets.findImports(year);
                TargetImport last = imports.get(imports.size() - 1);
                model.addAttribute("notice", "已导入 " + year + " 年目标任务书 " + clientName + "：" + last.unitCount()
                        + " 个考核单位，" + last.targetCount() + " 项目标（替换此前的全部目标）");
                return;
            }
            for (Throwable t : execution.getAllFailureExceptions()) {
                for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                    if (c instanceof TargetsRejectedException rejected) {
                        // a refused workbook is of no further use: its errors are on the page, a restart would
                        // refuse it again; the bureau uploads a corrected one
                        Files.deleteIfExists(stored);
                        model.addAttribute("problem", clientName + " 未导入，" + year + " 年原有目标不变。发现 "
                                + rejected.issues().errorCount() + " 处错误：");
                        model.addAttribute("issues", rejected.issues().errors().stream().limit(ISSUES_SHOWN)
                                .map(i -> i.describe(clientName)).toList());
                        return;
                    }
                }
            }
            model.addAttribute("problem", "导入未完成：" + execution.getExitStatus().getExitDescription());
        } catch (JobRunner.AlreadyCompleteException e) {
            Files.deleteIfExists(stored);
            model.addAttribute("notice", "这份目标任务书（内容相同）已经导入过，" + year + " 年目标不变");
        } catch (RunLockedException e) {
            Files.deleteIfExists(stored); // never started: nothing refers to the file
            model.addAttribute("problem", e.getMessage());
        }
    }

    @GetMapping("/runs")
    String runsPage(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("period", returns.currentPeriod());
        model.addAttribute("periods", returns.openPeriods());
        model.addAttribute("launch", runs.last());
        List<JobExecutionSummary> recent = runs.recent();
        model.addAttribute("recent", runText.views(recent));
        JobExecutionSummary running = recent.stream().filter(runs::isRunning).findFirst().orElse(null);
        JobExecutionSummary shown = running != null ? running : recent.isEmpty() ? null : recent.get(0);
        model.addAttribute("shown", shown == null ? null : runText.views(List.of(shown)).get(0));
        model.addAttribute("steps", shown == null ? List.of() : runs.steps(shown.executionId()));
        model.addAttribute("busy", running != null || runs.last() != null && runs.last().running());
        return "bureau/runs";
    }

    @PostMapping("/runs")
    String startRun(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) boolean revision,
            @RequestParam(required = false) boolean confirmFewReturns, RedirectAttributes redirect) {
        YearMonth p = CountyController.parse(period);
        if (p == null) {
            redirect.addFlashAttribute("problem", "请选择月份");
        } else {
            String problem = runs.start(p, revision, confirmFewReturns, user.getUsername());
            redirect.addFlashAttribute(problem == null ? "notice" : "problem",
                    problem == null ? "已启动 " + p + " 的月度运行" : problem);
        }
        return "redirect:/bureau/runs";
    }

    @GetMapping("/ranking")
    String ranking(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            Model model) {
        YearMonth p = CountyController.parse(period);
        List<YearMonth> assessed = bureau.assessedPeriods();
        p = p == null || !assessed.contains(p) ? portal.latestAssessedPeriod() : p;
        model.addAttribute("user", user);
        model.addAttribute("period", p);
        model.addAttribute("periods", assessed);
        model.addAttribute("scores", p == null ? List.of() : assessments.findUnitScores(p));
        return "bureau/ranking";
    }

    @GetMapping("/publications")
    String publicationsPage(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("sets", publications.all());
        return "bureau/publications";
    }

    @GetMapping("/publications/file")
    ResponseEntity<Resource> publicationFile(@RequestParam String period, @RequestParam String name) {
        YearMonth p = CountyController.parse(period);
        Path file = p == null ? null : publications.file(p, name);
        return Downloads.of(file, name);
    }

}
