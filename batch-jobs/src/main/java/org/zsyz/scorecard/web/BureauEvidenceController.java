package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zsyz.scorecard.verification.EvidenceBoard;
import org.zsyz.scorecard.verification.EvidenceService;

/** 佐证材料 for the bureau: a unit's projects of a period beside their files, and the files' downloads. */
@Controller
@RequestMapping("/bureau/evidence")
class BureauEvidenceController {

    private final EvidenceService evidence;
    private final EvidenceBoard board;
    private final PortalUnits units;
    private final PortalReturns returns;

    BureauEvidenceController(EvidenceService evidence, EvidenceBoard board, PortalUnits units, PortalReturns returns) {
        this.evidence = evidence;
        this.board = board;
        this.units = units;
        this.returns = returns;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) YearMonth period,
            @RequestParam(required = false) String unit,
            Model model) {
        YearMonth shown = period == null ? returns.currentPeriod() : period;
        Map<String, String> names = units.names(shown.getYear());
        String chosen = unit != null && names.containsKey(unit.strip())
                ? unit.strip()
                : names.keySet().stream().findFirst().orElse(null);
        model.addAttribute("period", shown);
        model.addAttribute("unitNames", names);
        model.addAttribute("unit", chosen);
        if (chosen != null) {
            model.addAttribute("board", board.of(chosen, shown));
        }
        return "bureau/evidence";
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        return EvidenceDownloads.of(evidence, evidence.find(id, null));
    }
}
