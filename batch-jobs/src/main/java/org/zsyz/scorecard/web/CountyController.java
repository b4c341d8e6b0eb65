package org.zsyz.scorecard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
import org.zsyz.scorecard.returns.ReturnTemplateService;
import org.zsyz.scorecard.store.portal.SubmissionLine;

/**
 * The county's pages. Every request acts for the unit bound to the signed-in account and nothing else: no unit
 * code is ever read from the request, and a submission id of another unit is answered exactly like one that does
 * not exist (404).
 */
@Controller
@RequestMapping("/county")
class CountyController {

    private final PortalReturns returns;
    private final PortalPublications publications;
    private final ReturnTemplateService templates;
    private final CountyPeriods periods;
    private final CountyPage page;
    private final CountyStatus status;
    private final SubmissionDetails details;
    private final YearTargetsCheck yearTargets;

    CountyController(
            PortalReturns returns,
            PortalPublications publications,
            ReturnTemplateService templates,
            CountyPeriods periods,
            CountyPage page,
            CountyStatus status,
            SubmissionDetails details,
            YearTargetsCheck yearTargets) {
        this.returns = returns;
        this.publications = publications;
        this.templates = templates;
        this.periods = periods;
        this.page = page;
        this.status = status;
        this.details = details;
        this.yearTargets = yearTargets;
    }

    @GetMapping
    String home(
            @AuthenticationPrincipal PortalUser user, @RequestParam(required = false) YearMonth period, Model model) {
        CountyPeriods.Choice choice = periods.choose(period);
        if (choice.refused()) {
            model.addAttribute("problem", choice.problem());
        }
        model.addAllAttributes(page.of(user, choice.period()));
        return "county";
    }

    @PostMapping("/upload")
    String upload(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) YearMonth period,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) {
        CountyPeriods.Choice choice = periods.choose(period);
        PortalReturns.Verdict verdict = choice.refused()
                ? PortalReturns.Verdict.problem("这份文件没有报送。" + choice.problem())
                : returns.upload(user, choice.period(), file);
        model.addAttribute("verdict", verdict);
        if (verdict.outcome() != null
                && verdict.outcome().accepted()
                && !verdict.outcome().identical()) {
            model.addAttribute(
                    "lateNote",
                    status.lateAfterPublication(
                            user.unitCode(), choice.period(), verdict.outcome().versionNo()));
        }
        model.addAllAttributes(page.of(user, choice.period()));
        return "county";
    }

    /**
     * The pre-filled template, written to a temporary file (streamed from the database) and copied out. A period
     * that cannot be reported for leads back to the county page, which says why.
     */
    @GetMapping("/template")
    String template(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) YearMonth period,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
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
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(user.unitCode() + "-" + chosen + "-月报表.xlsx", StandardCharsets.UTF_8)
                            .build()
                            .toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
            return null; // written: the response argument marks the request handled
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/submissions/{id}")
    String submission(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        SubmissionDetails.Detail detail = details.forCounty(id, user.unitCode());
        if (detail == null) {
            throw Downloads.notFound();
        }
        model.addAttribute("line", detail.line());
        model.addAttribute("unitName", detail.unitName());
        model.addAttribute("issues", detail.issues());
        model.addAttribute("sendBack", detail.sendBack());
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
        return Downloads.of(
                file,
                Downloads.stem(line.fileName()) + "-错误清单"
                        + (file != null && file.getFileName().toString().endsWith(".xls") ? ".xls" : ".xlsx"));
    }

    @GetMapping("/scorecards/{period}")
    ResponseEntity<Resource> scorecard(@AuthenticationPrincipal PortalUser user, @PathVariable YearMonth period) {
        Path file = publications.unitScorecard(user.unitCode(), period);
        return Downloads.of(file, file == null ? "" : file.getFileName().toString());
    }
}
