package org.zsyz.scorecard.web;

import java.time.YearMonth;
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
import org.zsyz.scorecard.verification.SpotCheckService;

/** 抽查 for the bureau: draw a period's sample from a seed, then record each drawn project's result. */
@Controller
@RequestMapping("/bureau/spot-checks")
class BureauSpotChecksController {

    private final SpotCheckService checks;
    private final PortalUnits units;
    private final PortalReturns returns;

    BureauSpotChecksController(SpotCheckService checks, PortalUnits units, PortalReturns returns) {
        this.checks = checks;
        this.units = units;
        this.returns = returns;
    }

    @GetMapping
    String page(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth shown = period == null ? returns.currentPeriod() : period;
        model.addAttribute("period", shown);
        model.addAttribute("draw", checks.drawOf(shown));
        model.addAttribute("checks", checks.ofPeriod(shown));
        model.addAttribute("unitNames", units.names(shown.getYear()));
        return "bureau/spot-checks";
    }

    @PostMapping("/draw")
    String draw(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam YearMonth period,
            @RequestParam(name = "perUnit", required = false) Integer perUnit,
            @RequestParam(required = false) String seed,
            RedirectAttributes redirect) {
        try {
            Long given = seed == null || seed.isBlank() ? null : Long.valueOf(seed.strip());
            var draw = checks.draw(period, perUnit == null ? 0 : perUnit, given, user.getUsername());
            redirect.addFlashAttribute(
                    "notice", "已抽取 " + period + " 的抽查样本：种子 " + draw.seed() + "，每单位 " + draw.perUnit() + " 个。");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", "种子应为整数，现为“" + seed.strip() + "”，没有抽取");
        } catch (SpotCheckService.SpotCheckRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/bureau/spot-checks?period=" + period;
    }

    @PostMapping("/{id}")
    String record(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable long id,
            @RequestParam YearMonth period,
            @RequestParam(required = false) String result,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            var check = checks.record(id, result, note, user.getUsername());
            redirect.addFlashAttribute(
                    "notice",
                    "已记录抽查项目 " + check.projectNo() + " 的核查结果：" + check.result().label() + "。");
        } catch (SpotCheckService.SpotCheckRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/bureau/spot-checks?period=" + period;
    }
}
