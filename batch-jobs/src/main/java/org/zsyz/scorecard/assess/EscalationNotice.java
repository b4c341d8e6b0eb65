package org.zsyz.scorecard.assess;

import java.util.ArrayList;
import java.util.List;
import org.zsyz.scorecard.domain.LadderStep;
import org.zsyz.scorecard.store.assess.AssessmentWarning;

/**
 * What a unit is told to fix (督办): its ladder step in words and each of the month's 预警. Shared by the
 * 督办单 PDF and the delivery message so that both say the same.
 */
public final class EscalationNotice {

    private EscalationNotice() {}

    /** The step in words, e.g. "红灯（黄灯已连续 2 个月）"; {@code null} for green. */
    public static String stepText(EscalationLadder.Rung rung, Escalation rules) {
        return switch (rung.step()) {
            case GREEN -> null;
            case YELLOW -> "黄灯（有指标低于序时）";
            case RED ->
                rung.ownLight() == LadderStep.RED
                        ? "红灯（有指标严重滞后" + (rung.redMonths() > 1 ? "，红灯已连续 " + rung.redMonths() + " 个月" : "") + "）"
                        : "红灯（黄灯已连续 " + rung.yellowMonths() + " 个月）";
            case INTERVIEW -> "约谈（红灯已连续 " + rung.redMonths() + " 个月，达 " + rules.redMonthsToInterview() + " 个月，列入约谈名单）";
        };
    }

    /** The items to fix, one line each: the warnings of the month, by kind's label. */
    public static List<String> items(List<AssessmentWarning> warnings) {
        List<String> lines = new ArrayList<>();
        for (AssessmentWarning w : warnings) {
            lines.add(
                    w.kind().label() + (w.projectNo() == null ? "" : "（项目 " + w.projectNo() + "）") + "：" + w.message());
        }
        return lines;
    }

    /** The text the unit's contacts get with the publication; empty when green without warnings. */
    public static String text(EscalationLadder.Rung rung, Escalation rules, List<AssessmentWarning> warnings) {
        String step = stepText(rung, rules);
        List<String> items = items(warnings);
        if (step == null && items.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("预警：").append(step == null ? "绿灯" : step).append("\n");
        if (!items.isEmpty()) {
            text.append("请整改以下事项：\n");
            for (int i = 0; i < items.size(); i++) {
                text.append(i + 1).append(". ").append(items.get(i)).append("\n");
            }
        }
        return text.toString();
    }
}
