package org.zsyz.scorecard.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.report.Formats;
import org.zsyz.scorecard.report.ProjectAlert;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ProjectHeadline;

/** The 预警 part of a unit's scorecard, for {@link ScorecardAssembler}. */
final class ScorecardWarnings {

    private ScorecardWarnings() {}

    /** What the scorecard says under 预警: sentences about the unit, and the projects to follow up. */
    record Warnings(List<String> sentences, List<ProjectAlert> projects, String note) {
        static final Warnings NONE = new Warnings(List.of(), List.of(), null);
    }

    static Warnings of(
            List<AssessmentWarning> stored,
            Map<Indicator, IndicatorResult> byIndicator,
            Long ledgerSource,
            AssessmentRules rules,
            LedgerProjectMapper ledger) {
        List<String> behind = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Map<String, List<WarningKind>> projectKinds = new LinkedHashMap<>();
        for (AssessmentWarning w : stored) {
            Indicator indicator = w.indicatorCode() == null
                    ? null
                    : Indicator.ofCode(w.indicatorCode()).orElse(null);
            IndicatorResult r = indicator == null ? null : byIndicator.get(indicator);
            if (w.kind() == WarningKind.RED_INDICATOR && r != null) {
                behind.add(indicator.fullName() + Formats.percent(r.completionRate()) + "（"
                        + Formats.points(r.scheduleGap()) + "）");
            } else if (w.kind().aboutProject() && w.projectNo() != null) {
                projectKinds
                        .computeIfAbsent(w.projectNo(), p -> new ArrayList<>())
                        .add(w.kind());
            } else {
                others.add(w.message());
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!behind.isEmpty()) {
            // one sentence for all of them: seven lines of "完成率…低于序时进度…" would push the page over
            sentences.add("严重滞后（序时差低于" + minus(rules.yellowFloor()) + "个百分点）的指标" + behind.size() + "项："
                    + String.join("、", behind) + "。");
        }
        sentences.addAll(others);
        if (projectKinds.isEmpty()) {
            return new Warnings(sentences, List.of(), null);
        }
        Map<String, ProjectHeadline> projects = new HashMap<>();
        if (ledgerSource != null) {
            ledger.findProjectHeadlines(ledgerSource, projectKinds.keySet())
                    .forEach(p -> projects.put(p.projectNo(), p));
        }
        List<ProjectAlert> alerts = new ArrayList<>();
        java.util.Set<WarningKind> kinds = java.util.EnumSet.noneOf(WarningKind.class);
        for (Map.Entry<String, List<WarningKind>> e : projectKinds.entrySet()) {
            ProjectHeadline p = projects.get(e.getKey());
            List<String> labels =
                    e.getValue().stream().distinct().map(WarningKind::label).toList();
            kinds.addAll(e.getValue());
            alerts.add(new ProjectAlert(
                    e.getKey(),
                    p == null ? null : p.projectName(),
                    p == null ? null : p.signedOn(),
                    p == null ? null : p.contractAmount(),
                    String.join("、", labels)));
        }
        List<String> note = new ArrayList<>();
        if (kinds.contains(WarningKind.OVERDUE_START)) {
            note.add("超期未开工：签约满" + rules.overdueStartMonths() + "个月仍未开工");
        }
        if (kinds.contains(WarningKind.NO_FUNDS)) {
            note.add("资金未到位：签约满" + rules.noFundsMonths() + "个月仍无资金到位");
        }
        if (kinds.contains(WarningKind.LOW_FUNDS_STARTED)) {
            note.add("开工资金不足：已开工项目到位资金低于合同投资额的" + Decimals.plain(rules.startedLowFundsPercent()) + "%");
        }
        if (kinds.contains(WarningKind.AWAITING_EVIDENCE)) {
            note.add("待补佐证材料：合同投资额达到考核办法所定规模的项目，上传佐证材料后才计入");
        }
        return new Warnings(sentences, alerts, String.join("；", note));
    }

    private static String minus(BigDecimal value) {
        String plain = Decimals.plain(value);
        return plain.startsWith("-") ? "−" + plain.substring(1) : plain;
    }
}
