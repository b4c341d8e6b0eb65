package org.zsyz.scorecard.assess;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.LadderStep;
import org.zsyz.scorecard.store.escalation.EscalationMapper;
import org.zsyz.scorecard.store.escalation.UnitMonthBand;

/**
 * Each unit's step on the warning ladder for a month, climbed from the stored results of the year's months up
 * to it (the ladder never crosses a year: each year's method has its own) under the year's {@code escalation:}.
 */
@Component
public class EscalationService {

    private final EscalationMapper bands;
    private final AssessmentRulesSource rulesSource;

    public EscalationService(EscalationMapper bands, AssessmentRulesSource rulesSource) {
        this.bands = bands;
        this.rulesSource = rulesSource;
    }

    /** The month's ladder, by unit; a unit without a yellow or red band this year is not listed (green). */
    public Ladder ladder(YearMonth period) {
        return climb(
                period, bands.findWarningBands(YearMonth.of(period.getYear(), 1).toString(), period.toString()));
    }

    /** One unit's ladder for the month (its own stored months only). */
    public Ladder ladderOf(YearMonth period, String unitCode) {
        return climb(
                period,
                bands.findWarningBandsOfUnit(
                        YearMonth.of(period.getYear(), 1).toString(), period.toString(), unitCode));
    }

    private Ladder climb(YearMonth period, List<UnitMonthBand> stored) {
        RulesFile method = rulesSource.forYear(period.getYear());
        Escalation rules = EscalationReader.parse(method.text(), RulesYaml.fileName(period.getYear()));
        Map<String, Map<YearMonth, List<ColourBand>>> byUnit = new TreeMap<>();
        for (UnitMonthBand b : stored) {
            byUnit.computeIfAbsent(b.unitCode(), u -> new HashMap<>())
                    .computeIfAbsent(YearMonth.parse(b.period()), p -> new ArrayList<>())
                    .add(ColourBand.valueOf(b.colourBand()));
        }
        Map<String, EscalationLadder.Rung> rungs = new TreeMap<>();
        byUnit.forEach((unit, months) -> {
            List<LadderStep> own = new ArrayList<>();
            for (int m = 1; m <= period.getMonthValue(); m++) {
                own.add(EscalationLadder.ownLight(months.getOrDefault(YearMonth.of(period.getYear(), m), List.of())));
            }
            List<EscalationLadder.Rung> climbed = EscalationLadder.climb(own, rules);
            rungs.put(unit, climbed.get(climbed.size() - 1));
        });
        return new Ladder(period, rules, rungs);
    }

    /** A month's ladder: each unit's rung (green when not listed). */
    public record Ladder(YearMonth period, Escalation rules, Map<String, EscalationLadder.Rung> rungs) {

        private static final EscalationLadder.Rung GREEN =
                new EscalationLadder.Rung(LadderStep.GREEN, LadderStep.GREEN, 0, 0);

        public EscalationLadder.Rung of(String unitCode) {
            return rungs.getOrDefault(unitCode, GREEN);
        }

        /** Units on the 约谈 list, by code. */
        public List<String> interviews() {
            return rungs.entrySet().stream()
                    .filter(e -> e.getValue().step() == LadderStep.INTERVIEW)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
