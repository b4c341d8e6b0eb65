package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.domain.LadderStep.GREEN;
import static org.zsyz.scorecard.domain.LadderStep.INTERVIEW;
import static org.zsyz.scorecard.domain.LadderStep.RED;
import static org.zsyz.scorecard.domain.LadderStep.YELLOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.LadderStep;

/** The warning ladder and its {@code escalation:} section of the method file. */
class EscalationLadderTests {

    static List<LadderStep> steps(Escalation rules, LadderStep... own) {
        return EscalationLadder.climb(List.of(own), rules).stream()
                .map(EscalationLadder.Rung::step)
                .toList();
    }

    @Test
    void aMonthsOwnLightIsItsWorstBand() {
        assertThat(EscalationLadder.ownLight(List.of())).isEqualTo(GREEN);
        assertThat(EscalationLadder.ownLight(List.of(ColourBand.GREEN, ColourBand.LIGHT_GREEN)))
                .isEqualTo(GREEN);
        assertThat(EscalationLadder.ownLight(List.of(ColourBand.LIGHT_GREEN, ColourBand.YELLOW)))
                .isEqualTo(YELLOW);
        assertThat(EscalationLadder.ownLight(List.of(ColourBand.YELLOW, ColourBand.RED, ColourBand.GREEN)))
                .isEqualTo(RED);
    }

    @Test
    void twoYellowMonthsInARowAreRedAndThreeRedMonthsAreAnInterview() {
        Escalation d = Escalation.defaults();
        // yellow, yellow → red; a third yellow is the second red month; a red month is the third → 约谈.
        assertThat(steps(d, YELLOW, YELLOW, YELLOW, RED)).containsExactly(YELLOW, RED, RED, INTERVIEW);
        // A green month breaks both runs.
        assertThat(steps(d, YELLOW, GREEN, YELLOW, RED, RED, GREEN, RED))
                .containsExactly(YELLOW, GREEN, YELLOW, RED, RED, GREEN, RED);
        // Yellow after red: one yellow month is not red by itself, so the red run restarts.
        assertThat(steps(d, RED, RED, YELLOW, RED, RED)).containsExactly(RED, RED, YELLOW, RED, RED);
        List<EscalationLadder.Rung> rungs = EscalationLadder.climb(List.of(YELLOW, YELLOW, YELLOW), d);
        assertThat(rungs.get(2)).isEqualTo(new EscalationLadder.Rung(RED, YELLOW, 3, 2));
    }

    @Test
    void theMethodSetsTheLadder() {
        Escalation three = new Escalation(3, 1);
        assertThat(steps(three, YELLOW, YELLOW, YELLOW)).containsExactly(YELLOW, YELLOW, INTERVIEW);
        assertThat(steps(three, GREEN, RED)).containsExactly(GREEN, INTERVIEW);
    }

    @Test
    void theNoticeSaysTheStepAndListsWhatToFix() {
        Escalation d = Escalation.defaults();
        List<EscalationLadder.Rung> rungs = EscalationLadder.climb(List.of(YELLOW, YELLOW, RED, RED), d);
        assertThat(rungs.stream().map(r -> EscalationNotice.stepText(r, d)))
                .containsExactly(
                        "黄灯（有指标低于序时）", "红灯（黄灯已连续 2 个月）", "红灯（有指标严重滞后，红灯已连续 2 个月）", "约谈（红灯已连续 3 个月，达 3 个月，列入约谈名单）");
        var warning = new org.zsyz.scorecard.store.assess.AssessmentWarning(
                java.time.YearMonth.of(2025, 9),
                "419921",
                1,
                org.zsyz.scorecard.domain.WarningKind.RED_INDICATOR,
                "I1",
                null,
                "实际到位资金完成率40.00%，序时进度75.00%，落后35.00个百分点（红色）");
        assertThat(EscalationNotice.text(rungs.get(3), d, List.of(warning)))
                .isEqualTo("预警：约谈（红灯已连续 3 个月，达 3 个月，列入约谈名单）\n请整改以下事项：\n"
                        + "1. 指标严重滞后：实际到位资金完成率40.00%，序时进度75.00%，落后35.00个百分点（红色）\n");
        assertThat(EscalationNotice.text(
                        EscalationLadder.climb(List.of(GREEN), d).get(0), d, List.of()))
                .isEmpty();
    }

    @Test
    void aMethodWithoutTheSectionHasTheDefaultsAndOneWithItIsRead() {
        String defaults = DefaultMethod.text(2025);
        assertThat(EscalationReader.parse(defaults, "assessment-2025.yml")).isEqualTo(Escalation.defaults());
        String text = defaults + "\nescalation:\n  yellow_months_to_red: 3\n  red_months_to_interview: 2\n";
        assertThat(EscalationReader.parse(text, "assessment-2025.yml")).isEqualTo(new Escalation(3, 2));
        // The whole method reads it without complaint and its other rules are those of the defaults.
        assertThat(RulesYaml.parse(text, "assessment-2025.yml", 2025))
                .isEqualTo(RulesYaml.parse(defaults, "assessment-2025.yml", 2025));
        String partly = defaults + "\nescalation:\n  red_months_to_interview: 4\n";
        assertThat(EscalationReader.parse(partly, "assessment-2025.yml")).isEqualTo(new Escalation(2, 4));
    }

    @Test
    void aWrongLadderIsRefusedWithTheKeyAndLine() {
        String defaults = DefaultMethod.text(2025);
        int line = (int) defaults.lines().count() + 3;
        String text = defaults + "\nescalation:\n  yellow_months_to_red: 1\n  red_month_to_interview: 2\n";
        List<RulesFileException.Problem> problems = RulesYamlTests.problems(text);
        assertThat(problems)
                .containsExactly(
                        new RulesFileException.Problem(
                                "assessment-2025.yml", line, "escalation.yellow_months_to_red", "应为 2 到 12 之间的整数，现为 1"),
                        new RulesFileException.Problem(
                                "assessment-2025.yml",
                                line + 1,
                                "escalation.red_month_to_interview",
                                "未知的键，是否应为“red_months_to_interview”？"));
    }
}
