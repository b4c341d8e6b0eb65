package org.zsyz.scorecard.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.assess.ReviewAmounts;
import org.zsyz.scorecard.review.ReviewException;
import org.zsyz.scorecard.review.ReviewService;

/**
 * 认定: the bureau marks a project of a unit's counting return 不予认定 or 核减 an amount, or ends a 认定 — the same
 * {@link ReviewService} and checks as {@code scorecard review}; a refusal shows why and changes nothing.
 */
@Controller
@RequestMapping("/bureau/reviews")
class BureauReviewsController {

    private static final Logger log = LoggerFactory.getLogger(BureauReviewsController.class);

    private final ReviewService reviews;
    private final PortalUnits units;
    private final PortalReturns returns;

    BureauReviewsController(ReviewService reviews, PortalUnits units, PortalReturns returns) {
        this.reviews = reviews;
        this.units = units;
        this.returns = returns;
    }

    @GetMapping
    String page(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth shown = period == null ? returns.currentPeriod() : period;
        model.addAttribute("period", shown);
        model.addAttribute("reviews", reviews.ofYear(shown.getYear()));
        model.addAttribute("units", units.of(shown.getYear()));
        model.addAttribute("unitNames", units.names(shown.getYear()));
        model.addAttribute("fields", ReviewAmounts.ALL);
        return "bureau/reviews";
    }

    @PostMapping
    String review(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam YearMonth period,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String project,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            ReviewService.Outcome outcome = switch (kind == null ? "" : kind) {
                case "exclude" -> reviews.exclude(period, unit, project, reason);
                case "reduce" -> reviews.reduce(period, unit, project, field, amount(amount), reason);
                case "undo" -> reviews.undo(period, unit, project, reason);
                default -> throw new ReviewException("请选择：不予认定、核减或撤销认定");
            };
            log.info("{} {} {} project {} from {}", user.getUsername(), kind, unit, project, period);
            redirect.addFlashAttribute("notice", outcome.message());
        } catch (ReviewException e) {
            redirect.addFlashAttribute("problem", "未认定：" + e.getMessage());
        }
        return "redirect:/bureau/reviews?period=" + period;
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            throw new ReviewException("请填写核减金额");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ReviewException("核减金额“" + text.strip() + "”不是数字");
        }
    }
}
