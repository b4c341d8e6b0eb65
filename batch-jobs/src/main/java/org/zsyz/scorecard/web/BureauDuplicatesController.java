package org.zsyz.scorecard.web;

import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.zsyz.scorecard.domain.DuplicateDecision;
import org.zsyz.scorecard.duplicates.DuplicateDecisions;
import org.zsyz.scorecard.duplicates.DuplicateList;
import org.zsyz.scorecard.review.ReviewException;

/** 重复项目: the duplicates found at import for a period, and the bureau's decision on each. */
@Controller
@RequestMapping("/bureau/duplicates")
class BureauDuplicatesController {

    private static final Logger log = LoggerFactory.getLogger(BureauDuplicatesController.class);

    private final DuplicateList duplicates;
    private final DuplicateDecisions decisions;
    private final PortalUnits units;
    private final PortalReturns returns;

    BureauDuplicatesController(
            DuplicateList duplicates, DuplicateDecisions decisions, PortalUnits units, PortalReturns returns) {
        this.duplicates = duplicates;
        this.decisions = decisions;
        this.units = units;
        this.returns = returns;
    }

    @GetMapping
    String page(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth shown = period == null ? returns.currentPeriod() : period;
        model.addAttribute("period", shown);
        model.addAttribute("duplicates", duplicates.ofPeriod(shown));
        model.addAttribute("unitNames", units.names(shown.getYear()));
        model.addAttribute("returns", duplicates.returnsOf(shown));
        model.addAttribute("decisions", DuplicateDecision.values());
        return "bureau/duplicates";
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable long id,
            @RequestParam YearMonth period,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            DuplicateDecision chosen = null;
            for (DuplicateDecision d : DuplicateDecision.values()) {
                if (d.name().equals(decision)) {
                    chosen = d;
                }
            }
            redirect.addFlashAttribute("notice", decisions.decide(id, chosen, reason));
            log.info("{} decided duplicate {}: {}", user.getUsername(), id, chosen);
        } catch (ReviewException e) {
            redirect.addFlashAttribute("problem", "未裁定：" + e.getMessage());
        }
        return "redirect:/bureau/duplicates?period=" + period;
    }
}
