package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.returns.ImportOutcome;
import org.zsyz.scorecard.store.unit.AssessedUnit;

/**
 * 代报: the bureau uploads a return on a unit's behalf (a unit that mailed it, or cannot reach the portal). The
 * return goes through the same checks and versions as the unit's own upload; the version records the bureau
 * account that uploaded it, and the board and the detail page say 代报.
 */
@Controller
@RequestMapping("/bureau/upload")
class BureauUploadController {

    private final PortalReturns returns;
    private final PortalUnits units;

    BureauUploadController(PortalReturns returns, PortalUnits units) {
        this.returns = returns;
        this.units = units;
    }

    @GetMapping
    String form(
            @RequestParam(required = false) YearMonth period,
            @RequestParam(required = false) String unit,
            Model model) {
        page(period != null && returns.isOpen(period) ? period : returns.currentPeriod(), unit, model);
        return "bureau/upload";
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) YearMonth period,
            @RequestParam(required = false) String unit,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        YearMonth p = period;
        if (p == null || !returns.isOpen(p)) {
            model.addAttribute("problem", "请选择报告期（最近 12 个月之一）");
            page(returns.currentPeriod(), unit, model);
            return "bureau/upload";
        }
        AssessedUnit target = units.find(p.getYear(), unit);
        if (target == null) {
            model.addAttribute("problem", "请选择要代为报送的单位（" + p.getYear() + " 年考核单位之一）");
            page(p, unit, model);
            return "bureau/upload";
        }
        PortalReturns.Verdict verdict = returns.upload(user, target.unitCode(), p, file);
        if (verdict.problem() == null && verdict.submissionId() != null) {
            redirect.addFlashAttribute(
                    verdict.outcome().accepted() ? "notice" : "problem", summary(target, p, verdict.outcome()));
            return "redirect:/bureau/submissions/" + verdict.submissionId();
        }
        model.addAttribute(
                "problem",
                verdict.problem() != null
                        ? verdict.problem()
                        : "未接收：这份报表不能作为 " + target.unitName() + " 的报表（见下方问题），未生成新版本");
        model.addAttribute(
                "issues",
                verdict.outcome() == null ? List.of() : verdict.outcome().issues());
        page(p, target.unitCode(), model);
        return "bureau/upload";
    }

    static String summary(AssessedUnit unit, YearMonth period, ImportOutcome o) {
        String who = "已代 " + unit.unitName() + "（" + unit.unitCode() + "）报送 " + period + "：";
        if (o.identical()) {
            return who + "与第 " + o.versionNo() + " 版内容完全相同，未生成新版本";
        }
        return o.accepted()
                ? who + "已接收为第 " + o.versionNo() + " 版，项目 " + o.rows() + " 个" + (o.late() ? "（逾期报送）" : "")
                : who + "第 " + o.versionNo() + " 版未通过校验，有 " + o.errors() + " 处错误，未接收";
    }

    private void page(YearMonth period, String unit, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("periods", returns.openPeriods());
        model.addAttribute("units", units.of(period.getYear()));
        model.addAttribute("unit", unit);
        if (!model.containsAttribute("issues")) {
            model.addAttribute("issues", List.of());
        }
    }
}
