package org.zsyz.scorecard.web;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zsyz.scorecard.audit.AuditTrail;

/** 操作记录: the audit trail for the bureau, by period and unit, with the verification of the whole chain. */
@Controller
@RequestMapping("/bureau/audit")
class BureauAuditController {

    static final int LIMIT = 500;

    private final AuditTrail audit;

    BureauAuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) YearMonth period,
            @RequestParam(required = false) String unit,
            Model model) {
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        model.addAttribute("period", period);
        model.addAttribute("unit", unitCode);
        model.addAttribute("records", audit.records(period, unitCode, LIMIT));
        model.addAttribute("limit", LIMIT);
        model.addAttribute("verdict", audit.verify());
        return "bureau/audit";
    }
}
