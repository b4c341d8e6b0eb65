package org.zsyz.scorecard.web;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;

/** 重复项目: the duplicates found at import for a period, for the bureau (deciding them is not built yet). */
@Controller
@RequestMapping("/bureau/duplicates")
class BureauDuplicatesController {

    private final DuplicateMapper duplicates;
    private final PortalUnits units;
    private final PortalReturns returns;

    BureauDuplicatesController(DuplicateMapper duplicates, PortalUnits units, PortalReturns returns) {
        this.duplicates = duplicates;
        this.units = units;
        this.returns = returns;
    }

    @GetMapping
    String page(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth shown = period == null ? returns.currentPeriod() : period;
        model.addAttribute("period", shown);
        model.addAttribute("duplicates", duplicates.findByPeriod(shown.toString()));
        model.addAttribute("unitNames", units.names(shown.getYear()));
        return "bureau/duplicates";
    }
}
