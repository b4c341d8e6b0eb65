package org.zsyz.scorecard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
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
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.store.history.JobExecutionSummary;
import org.zsyz.scorecard.store.portal.SubmissionLine;

/** The bureau's pages: the submission board, 退回, targets, the monthly run, the ranking and the downloads. */
@Controller
@RequestMapping("/bureau")
class BureauController {

    private final SubmissionBoard board;
    private final SubmissionDetails details;
    private final PortalReturns returns;
    private final PortalRuns runs;
    private final RunDescriptions runText;
    private final TargetsUploads targets;
    private final Rankings rankings;
    private final PortalPublications publications;

    BureauController(
            SubmissionBoard board,
            SubmissionDetails details,
            PortalReturns returns,
            PortalRuns runs,
            RunDescriptions runText,
            TargetsUploads targets,
            Rankings rankings,
            PortalPublications publications) {
        this.board = board;
        this.details = details;
        this.returns = returns;
        this.runs = runs;
        this.runText = runText;
        this.targets = targets;
        this.rankings = rankings;
        this.publications = publications;
    }

    @GetMapping
    String board(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth p = period == null ? returns.currentPeriod() : period;
        model.addAttribute("period", p);
        model.addAttribute("periods", periodsWith(returns.openPeriods(), p));
        model.addAttribute("deadline", board.deadline(p));
        model.addAttribute("rows", board.rows(p));
        return "bureau/board";
    }

    /** The board of a period as an .xlsx (see {@link BoardWorkbook}). */
    @GetMapping("/board.xlsx")
    void exportBoard(@RequestParam(required = false) YearMonth period, HttpServletResponse response)
            throws IOException {
        YearMonth p = period == null ? returns.currentPeriod() : period;
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(BoardWorkbook.fileName(p), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        BoardWorkbook.write(p, board.deadline(p), board.rows(p), response.getOutputStream());
    }

    /** The choosable periods, with the one on view among them even when it is older than the open ones. */
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
    String submission(@PathVariable long id, Model model) {
        SubmissionDetails.Detail detail = details.forBureau(id);
        if (detail == null) {
            throw Downloads.notFound();
        }
        model.addAttribute("line", detail.line());
        model.addAttribute("unitName", detail.unitName());
        model.addAttribute("facts", detail.facts());
        model.addAttribute("issues", detail.issues());
        model.addAttribute("sendBack", detail.sendBack());
        model.addAttribute("canSendBack", detail.canSendBack());
        model.addAttribute("back", "/bureau?period=" + detail.line().period());
        model.addAttribute("workbookLink", "/bureau/submissions/" + id + "/error-workbook");
        return "submission";
    }

    @PostMapping("/submissions/{id}/send-back")
    String sendBack(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        SubmissionLine line = returns.lineOf(id, null);
        if (line == null) {
            throw Downloads.notFound();
        }
        String problem = returns.sendBack(id, reason, user.getUsername());
        redirect.addFlashAttribute(
                problem == null ? "notice" : "problem",
                problem == null
                        ? "已退回 " + line.unitCode() + " 的 " + line.period() + " 第 " + line.versionNo()
                                + " 版，该单位可在网上看到退回原因"
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
        return Downloads.of(
                file,
                line.unitCode() + "-" + Downloads.stem(line.fileName()) + "-错误清单"
                        + (file != null && file.getFileName().toString().endsWith(".xls") ? ".xls" : ".xlsx"));
    }

    @GetMapping("/targets")
    String targetsPage(Model model) {
        int year = returns.currentPeriod().getYear();
        model.addAttribute("year", year);
        model.addAttribute("imports", targets.imports(year));
        return "bureau/targets";
    }

    /** The year's blank 目标任务书 to hand out (the same workbook as {@code scorecard template targets}). */
    @GetMapping("/targets/template")
    String targetsTemplate(
            @RequestParam(required = false) Integer year, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        int y = year == null ? returns.currentPeriod().getYear() : year;
        if (y < 2000 || y > 2099) {
            redirect.addFlashAttribute("problem", "年度应在 2000 到 2099 之间");
            return "redirect:/bureau/targets";
        }
        byte[] workbook;
        try {
            workbook = targets.blankTemplate(y);
        } catch (RulesFileException e) {
            redirect.addFlashAttribute(
                    "problem", "没有生成模板：" + y + " 年的考核办法文件有 " + e.problems().size() + " 处错误（scorecard rules check 可查看）");
            return "redirect:/bureau/targets";
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("目标任务书-" + y + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setContentLength(workbook.length);
        response.getOutputStream().write(workbook);
        return null; // written: the response argument marks the request handled
    }

    @PostMapping("/targets")
    String loadTargets(
            @RequestParam(required = false) Integer year,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws Exception {
        int y = year == null ? returns.currentPeriod().getYear() : year;
        TargetsUploads.Result result = targets.load(y, file);
        model.addAttribute("year", y);
        if (result.notice() != null) {
            model.addAttribute("notice", result.notice());
        }
        if (result.problem() != null) {
            model.addAttribute("problem", result.problem());
        }
        if (result.issues() != null) {
            model.addAttribute("issues", result.issues());
        }
        model.addAttribute("imports", targets.imports(y));
        return "bureau/targets";
    }

    @GetMapping("/runs")
    String runsPage(Model model) {
        model.addAttribute("period", returns.currentPeriod());
        model.addAttribute("periods", returns.openPeriods());
        model.addAttribute("launch", runs.last());
        List<JobExecutionSummary> recent = runs.recent();
        model.addAttribute("recent", runText.views(recent));
        JobExecutionSummary running =
                recent.stream().filter(runs::isRunning).findFirst().orElse(null);
        JobExecutionSummary shown = running != null ? running : recent.isEmpty() ? null : recent.get(0);
        model.addAttribute(
                "shown", shown == null ? null : runText.views(List.of(shown)).get(0));
        model.addAttribute("steps", shown == null ? List.of() : runs.steps(shown.executionId()));
        model.addAttribute(
                "busy", running != null || runs.last() != null && runs.last().running());
        return "bureau/runs";
    }

    @PostMapping("/runs")
    String startRun(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) YearMonth period,
            @RequestParam(required = false) boolean revision,
            @RequestParam(required = false) boolean confirmFewReturns,
            RedirectAttributes redirect) {
        if (period == null) {
            redirect.addFlashAttribute("problem", "请选择月份");
        } else {
            String problem = runs.start(period, revision, confirmFewReturns, user.getUsername());
            redirect.addFlashAttribute(
                    problem == null ? "notice" : "problem", problem == null ? "已启动 " + period + " 的月度运行" : problem);
        }
        return "redirect:/bureau/runs";
    }

    @GetMapping("/ranking")
    String ranking(@RequestParam(required = false) YearMonth period, Model model) {
        Rankings.Ranking ranking = rankings.of(period);
        model.addAttribute("period", ranking.period());
        model.addAttribute("periods", ranking.periods());
        model.addAttribute("scores", ranking.scores());
        model.addAttribute("ranking", ranking);
        return "bureau/ranking";
    }

    @GetMapping("/publications")
    String publicationsPage(Model model) {
        model.addAttribute("sets", publications.all());
        return "bureau/publications";
    }

    @GetMapping("/publications/file")
    ResponseEntity<Resource> publicationFile(@RequestParam YearMonth period, @RequestParam String name) {
        return Downloads.of(publications.file(period, name), name);
    }
}
