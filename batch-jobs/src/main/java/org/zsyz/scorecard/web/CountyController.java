package org.zsyz.scorecard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import org.zsyz.scorecard.portal.PortalMapper;
import org.zsyz.scorecard.portal.SubmissionLine;
import org.zsyz.scorecard.portal.UnitStanding;
import org.zsyz.scorecard.portal.UnitStandingMapper;
import org.zsyz.scorecard.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.returns.ReturnTemplateService;

/**
 * The county's pages. Every request acts for the unit bound to the signed-in account and nothing else: no unit
 * code is ever read from the request, and a submission id of another unit is answered exactly like one that does
 * not exist (404).
 */
@Controller
@RequestMapping("/county")
class CountyController {

    /** How many published months the score history shows. */
    static final int HISTORY_MONTHS = 24;

    private final PortalReturns returns;
    private final PortalPublications publications;
    private final PortalMapper portal;
    private final ReturnSubmissionMapper submissions;
    private final ReturnTemplateService templates;
    private final CountyPeriods periods;
    private final CountyStatus status;
    private final YearTargetsCheck yearTargets;
    private final UnitStandingMapper standings;

    CountyController(PortalReturns returns, PortalPublications publications, PortalMapper portal,
            ReturnSubmissionMapper submissions, ReturnTemplateService templates, CountyPeriods periods,
            CountyStatus status, YearTargetsCheck yearTargets, UnitStandingMapper standings) {
        this.returns = returns;
        this.publications = publications;
        this.portal = portal;
        this.submissions = submissions;
        this.templates = templates;
        this.periods = periods;
        this.status = status;
        this.yearTargets = yearTargets;
        this.standings = standings;
    }

    @GetMapping
    String home(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            Model model) {
        CountyPeriods.Choice choice = periods.choose(period);
        if (choice.refused()) {
            model.addAttribute("problem", choice.problem());
        }
        page(user, choice.period(), model);
        return "county";
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        CountyPeriods.Choice choice = periods.choose(period);
        PortalReturns.Verdict verdict = choice.refused()
                ? PortalReturns.Verdict.problem("这份文件没有报送。" + choice.problem())
                : returns.upload(user, choice.period(), file);
        model.addAttribute("verdict", verdict);
        if (verdict.outcome() != null && verdict.outcome().accepted() && !verdict.outcome().identical()) {
            model.addAttribute("lateNote", status.lateAfterPublication(user.unitCode(), choice.period(),
                    verdict.outcome().versionNo()));
        }
        page(user, choice.period(), model);
        return "county";
    }

    /**
     * The pre-filled template, written to a temporary file (streamed from the database) and copied out. A period
     * that cannot be reported for leads back to the county page, which says why.
     */
    @GetMapping("/template")
    String template(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        CountyPeriods.Choice choice = periods.choose(period);
        YearMonth chosen = choice.period();
        String closed = choice.refused() ? choice.problem() : yearTargets.problem(chosen, user.unitCode());
        if (closed != null) {
            redirect.addFlashAttribute("problem", "没有生成模板。" + closed);
            return "redirect:/county?period=" + chosen;
        }
        Path file = Files.createTempFile("return-template", ".xlsx");
        try {
            templates.write(user.unitCode(), chosen, file);
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(user.unitCode() + "-" + chosen + "-月报表.xlsx", StandardCharsets.UTF_8).build()
                    .toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
            return null; // written: the response argument marks the request handled
        } catch (ReturnTemplateService.UnknownUnitException e) {
            throw Downloads.notFound();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/submissions/{id}")
    String submission(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        SubmissionLine line = returns.lineOf(id, user.unitCode());
        if (line == null) {
            throw Downloads.notFound();
        }
        model.addAttribute("user", user);
        model.addAttribute("line", line);
        model.addAttribute("unitName", yearTargets.unitName(line.period(), line.unitCode()));
        model.addAttribute("issues", submissions.findIssues(id));
        model.addAttribute("sendBack", portal.findSendBack(id));
        model.addAttribute("back", "/county");
        model.addAttribute("workbookLink", "/county/submissions/" + id + "/error-workbook");
        return "submission";
    }

    @GetMapping("/submissions/{id}/error-workbook")
    ResponseEntity<Resource> errorWorkbook(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        SubmissionLine line = returns.lineOf(id, user.unitCode());
        if (line == null) {
            throw Downloads.notFound();
        }
        Path file = returns.errorWorkbook(id);
        return Downloads.of(file, stem(line.fileName()) + "-错误清单" + (file != null
                && file.getFileName().toString().endsWith(".xls") ? ".xls" : ".xlsx"));
    }

    @GetMapping("/scorecards/{period}")
    ResponseEntity<Resource> scorecard(@AuthenticationPrincipal PortalUser user, @PathVariable String period) {
        YearMonth p = parse(period);
        Path file = p == null ? null : publications.unitScorecard(user.unitCode(), p);
        return Downloads.of(file, file == null ? "" : file.getFileName().toString());
    }

    private void page(PortalUser user, YearMonth period, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("unitName", yearTargets.unitName(period, user.unitCode()));
        model.addAttribute("period", period);
        model.addAttribute("periods", returns.openPeriods());
        model.addAttribute("closed", yearTargets.problem(period, user.unitCode()));
        model.addAttribute("banner", status.banner(user.unitCode(), period));
        model.addAttribute("history", portal.findUnitLines(user.unitCode(), 60));
        List<UnitStanding> results = standings.findPublished(user.unitCode(), HISTORY_MONTHS);
        model.addAttribute("standings", results);
        model.addAttribute("trend", ScoreTrend.of(results));
        model.addAttribute("scorecards", publications.unitPeriods(user.unitCode()));
    }

    static YearMonth parse(String period) {
        try {
            return period == null ? null : YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
