package org.zsyz.scorecard.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
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
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.verification.EvidenceBoard;
import org.zsyz.scorecard.verification.EvidenceService;

/**
 * 佐证材料 of the county's own unit: its projects of a period's counting return with their files, the upload and
 * the download. The unit is the account's; another unit's file id answers 404 like one that does not exist.
 */
@Controller
@RequestMapping("/county/evidence")
class CountyEvidenceController {

    private final EvidenceService evidence;
    private final EvidenceBoard board;
    private final CountyPeriods periods;

    CountyEvidenceController(EvidenceService evidence, EvidenceBoard board, CountyPeriods periods) {
        this.evidence = evidence;
        this.board = board;
        this.periods = periods;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal PortalUser user, @RequestParam(required = false) YearMonth period, Model model) {
        CountyPeriods.Choice choice = periods.choose(period);
        if (choice.refused()) {
            model.addAttribute("problem", choice.problem());
        }
        return show(user, choice.period(), model);
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) YearMonth period,
            @RequestParam(name = "project", required = false) String project,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        CountyPeriods.Choice choice = periods.choose(period);
        if (choice.refused()) {
            model.addAttribute("problem", "佐证材料没有保存。" + choice.problem());
        } else if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "请选择要上传的佐证材料文件");
        } else {
            String name = PortalReturns.clientName(file.getOriginalFilename());
            EvidenceService.Attached attached;
            try (InputStream in = file.getInputStream()) {
                attached = evidence.attach(user.unitCode(), choice.period(), project, name, in, user.getUsername());
            }
            if (attached.problem() != null) {
                model.addAttribute("problem", attached.problem());
            } else {
                model.addAttribute(
                        "notice",
                        "已上传项目 " + attached.evidence().projectNo() + " 的佐证材料“" + name + "”（"
                                + attached.evidence().fileType().label() + "）。");
            }
        }
        return show(user, choice.period(), model);
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        return EvidenceDownloads.of(evidence, evidence.find(id, user.unitCode()));
    }

    private String show(PortalUser user, YearMonth period, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("board", board.of(user.unitCode(), period));
        model.addAttribute("limit", EvidenceService.megabytes(evidence.limit()));
        return "county-evidence";
    }
}
