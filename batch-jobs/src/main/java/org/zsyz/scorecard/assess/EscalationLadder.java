package org.zsyz.scorecard.assess;

import java.util.ArrayList;
import java.util.List;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.LadderStep;

/**
 * The warning ladder (docs/method.md, Warnings that escalate), a plain rule: a month's own light is the worst
 * colour band of the unit's indicators (red band → 红灯, yellow → 黄灯, else 绿灯); yellow for
 * {@code yellowMonthsToRed} months in a row is red; red (either way) for {@code redMonthsToInterview} months in a
 * row is 约谈. Months are consecutive from January: a month without results counts as green.
 */
public final class EscalationLadder {

    private EscalationLadder() {}

    /** A month's place on the ladder and the run that led there (this month included). */
    public record Rung(LadderStep step, LadderStep ownLight, int yellowMonths, int redMonths) {}

    /** The light of one month from its indicators' bands. */
    public static LadderStep ownLight(List<ColourBand> bands) {
        LadderStep light = LadderStep.GREEN;
        for (ColourBand b : bands) {
            if (b == ColourBand.RED) {
                return LadderStep.RED;
            }
            if (b == ColourBand.YELLOW) {
                light = LadderStep.YELLOW;
            }
        }
        return light;
    }

    /** The rungs of consecutive months, from each month's own light, oldest first. */
    public static List<Rung> climb(List<LadderStep> ownLights, Escalation rules) {
        List<Rung> rungs = new ArrayList<>();
        int yellow = 0;
        int red = 0;
        for (LadderStep own : ownLights) {
            yellow = own == LadderStep.YELLOW ? yellow + 1 : 0;
            boolean isRed = own.red() || yellow >= rules.yellowMonthsToRed();
            red = isRed ? red + 1 : 0;
            LadderStep step;
            if (red >= rules.redMonthsToInterview()) {
                step = LadderStep.INTERVIEW;
            } else if (isRed) {
                step = LadderStep.RED;
            } else {
                step = own;
            }
            rungs.add(new Rung(step, own, yellow, red));
        }
        return rungs;
    }
}
