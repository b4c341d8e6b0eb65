package org.zsyz.scorecard.web;

import java.nio.file.Path;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermObjections;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.store.term.TermObjectionFile;

/**
 * The county's year and quarters: its own result, its scorecard, its objections. The unit is always the signed-in
 * account's; another unit's objection or file is answered like one that does not exist (404).
 */
@Controller
@RequestMapping("/county/terms")
class CountyTermController {

    private final PortalTerms pages;
    private final TermObjections objections;

    CountyTermController(PortalTerms pages, TermObjections objections) {
        this.pages = pages;
        this.objections = objections;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String term, Model model) {
        model.addAllAttributes(pages.county(user.unitCode(), PortalTerms.choose(term, pages.publishedTerms())));
        return "county-terms";
    }

    @PostMapping("/objections")
    String object(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam String term,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        Term chosen = PortalTerms.choose(term, pages.publishedTerms());
        if (chosen == null || !chosen.key().equals(term)) {
            throw Downloads.notFound();
        }
        try {
            objections.file(chosen, user.unitCode(), user.getUsername(), reason, PortalTerms.attachments(files));
            redirect.addFlashAttribute("notice", "异议已提交，请等待答复");
        } catch (TermRefusedException e) {
            redirect.addFlashAttribute("problem", "异议未提交：" + e.getMessage());
        }
        return "redirect:/county/terms?term=" + chosen.key();
    }

    @GetMapping("/scorecard")
    ResponseEntity<Resource> scorecard(@AuthenticationPrincipal PortalUser user, @RequestParam String term) {
        Term chosen = PortalTerms.choose(term, pages.publishedTerms());
        if (chosen == null || !chosen.key().equals(term)) {
            throw Downloads.notFound();
        }
        Path file = pages.scorecard(chosen, user.unitCode());
        return Downloads.of(file, file == null ? "" : file.getFileName().toString());
    }

    @GetMapping("/objections/{id}/files/{seq}")
    ResponseEntity<Resource> attachment(
            @AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable int seq) {
        TermObjectionFile f = pages.attachment(id, seq, user.unitCode());
        if (f == null) {
            throw Downloads.notFound();
        }
        return Downloads.of(Path.of(f.storedPath()), f.fileName());
    }
}
