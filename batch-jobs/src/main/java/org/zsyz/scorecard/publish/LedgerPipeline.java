package org.zsyz.scorecard.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.report.PipelineLine;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.LedgerTally;

/** The scorecard's 项目推进情况: a ledger's projects tallied by status and by 产业类别. */
final class LedgerPipeline {

    private final LedgerProjectMapper ledger;
    private final ScorecardProperties settings;

    LedgerPipeline(LedgerProjectMapper ledger, ScorecardProperties settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    /** Projects and Σ 合同投资额 by status (every status) and by 产业类别 (in the configured order). */
    List<PipelineLine> of(Long ledgerSource) {
        if (ledgerSource == null) {
            return List.of();
        }
        List<PipelineLine> lines = new ArrayList<>();
        Map<String, LedgerTally> byStatus = new HashMap<>();
        ledger.tallyByStatus(ledgerSource).forEach(t -> byStatus.put(t.label(), t));
        for (ProjectStatus status : ProjectStatus.values()) {
            LedgerTally t = byStatus.get(status.label());
            lines.add(new PipelineLine(
                    "项目状态",
                    status.label(),
                    t == null ? 0 : t.projects(),
                    t == null ? BigDecimal.ZERO : t.contractAmount()));
        }
        Map<String, LedgerTally> byIndustry = new LinkedHashMap<>();
        ledger.tallyByIndustry(ledgerSource).forEach(t -> byIndustry.put(t.label(), t));
        for (String industry : settings.industries()) {
            LedgerTally t = byIndustry.remove(industry);
            lines.add(new PipelineLine(
                    "产业类别", industry, t == null ? 0 : t.projects(), t == null ? BigDecimal.ZERO : t.contractAmount()));
        }
        // categories no longer configured but still in an older ledger, after the configured ones
        byIndustry.values().stream()
                .sorted(Comparator.comparing(LedgerTally::label))
                .forEach(t -> lines.add(new PipelineLine("产业类别", t.label(), t.projects(), t.contractAmount())));
        return lines;
    }
}
