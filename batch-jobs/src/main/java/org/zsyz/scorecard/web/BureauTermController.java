package org.zsyz.scorecard.web;

import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermObjections;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.operations.TermOperations;
import org.zsyz.scorecard.store.term.TermObjectionFile;

/** The bureau's year and quarters: run a term (公示稿, revision, final), see every result, answer objections. */
@Controller
@RequestMapping("/bureau/terms")
class BureauTermController {

    private final PortalTerms pages;
    private final TermObjections objections;
    private final TermOperations operations;

    BureauTermController(PortalTerms pages, TermObjections objections, TermOperations operations) {
        this.pages = pages;
        this.objections = objections;
        this.operations = operations;
    }

    @GetMapping
    String page(@RequestParam(required = false) String term, Model model) {
        model.addAllAttributes(pages.bureau(PortalTerms.choose(term, pages.assessedTerms())));
        return "bureau/terms";
    }

    /**
     * Runs a term in the request (a term is assessed from stored results: seconds for a city).
     *
     * @param action notice (the first 公示稿), revision, or final
     */
    @PostMapping("/run")
    String run(
            @RequestParam String term,
            @RequestParam String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Term chosen;
        try {
            chosen = term.contains("-Q") ? Term.parseQuarter(term) : Term.year(Integer.parseInt(term.strip()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "考核期应写成 2025 或 2025-Q1，不是“" + term + "”");
            return "redirect:/bureau/terms";
        }
        try {
            JobExecution execution = "final".equals(action)
                    ? operations.finalise(chosen)
                    : operations.run(chosen, "revision".equals(action), reason);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                redirect.addFlashAttribute("notice", chosen.title() + "考核结果已发布（执行 #" + execution.getId() + "）");
            } else {
                redirect.addFlashAttribute(
                        "problem",
                        chosen.title() + "考核运行未完成（执行 #" + execution.getId() + "，" + execution.getStatus()
                                + "），修正后再运行即可从中断处继续");
            }
        } catch (TermRefusedException e) {
            redirect.addFlashAttribute("problem", "未运行：" + e.getMessage());
        } catch (Exception e) {
            redirect.addFlashAttribute("problem", "未运行：" + e.getMessage());
        }
        return "redirect:/bureau/terms?term=" + chosen.key();
    }

    @PostMapping("/objections/{id}/answer")
    String answer(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable long id,
            @RequestParam boolean accepted,
            @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        var objection = objections.find(id);
        if (objection == null) {
            throw Downloads.notFound();
        }
        try {
            objections.answer(id, accepted, answer, user.getUsername());
            redirect.addFlashAttribute("notice", "已答复异议 " + id);
        } catch (TermRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/bureau/terms?term=" + objection.term();
    }

    @GetMapping("/objections/{id}/files/{seq}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable int seq) {
        TermObjectionFile f = pages.attachment(id, seq, null);
        if (f == null) {
            throw Downloads.notFound();
        }
        return Downloads.of(Path.of(f.storedPath()), f.fileName());
    }
}
