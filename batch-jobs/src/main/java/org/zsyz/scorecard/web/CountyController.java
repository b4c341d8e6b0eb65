package org.zsyz.scorecard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

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
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.portal.PortalMapper;
import org.zsyz.scorecard.portal.SubmissionLine;
import org.zsyz.scorecard.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.returns.ReturnTemplateService;
import org.zsyz.scorecard.unit.AssessedUnit;
import org.zsyz.scorecard.unit.AssessedUnitMapper;

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
    private final PortalMapper portal;
    private final ReturnSubmissionMapper submissions;
    private final ReturnTemplateService templates;
    private final AssessedUnitMapper units;

    CountyController(PortalReturns returns, PortalPublications publications, PortalMapper portal,
            ReturnSubmissionMapper submissions, ReturnTemplateService templates, AssessedUnitMapper units) {
        this.returns = returns;
        this.publications = publications;
        this.portal = portal;
        this.submissions = submissions;
        this.templates = templates;
        this.units = units;
    }

    @GetMapping
    String home(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            Model model) {
        page(user, openPeriod(period), model);
        return "county";
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        YearMonth chosen = openPeriod(period);
        model.addAttribute("verdict", returns.upload(user, chosen, file));
        page(user, chosen, model);
        return "county";
    }

    /** The pre-filled template, written to a temporary file (streamed from the database) and copied out. */
    @GetMapping("/template")
    void template(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String period,
            HttpServletResponse response) throws IOException {
        YearMonth chosen = openPeriod(period);
        Path file = Files.createTempFile("return-template", ".xlsx");
        try {
            templates.write(user.unitCode(), chosen, file);
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(user.unitCode() + "-" + chosen + "-月报表.xlsx", StandardCharsets.UTF_8).build()
                    .toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
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
        AssessedUnit unit = units.findUnit(period.getYear(), user.unitCode());
        model.addAttribute("unitName", unit == null ? user.unitCode() : unit.unitName());
        model.addAttribute("period", period);
        model.addAttribute("periods", returns.openPeriods());
        model.addAttribute("history", portal.findUnitLines(user.unitCode(), 60));
        model.addAttribute("scorecards", publications.unitPeriods(user.unitCode()));
    }

    private YearMonth openPeriod(String period) {
        YearMonth p = period == null || period.isBlank() ? returns.currentPeriod() : parse(period);
        return p != null && returns.isOpen(p) ? p : returns.currentPeriod();
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
