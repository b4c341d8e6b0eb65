package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.LedgerFigures;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * Targets for the indicators a method defines itself (format 2), sized so the sample city's units fall on both sides
 * of them: each unit's own figure under the method, from its simulated return of the year's last month (the latest
 * period's scaled to twelve months), times a factor drawn per unit, year and indicator between 0.8 and 1.25. The
 * built-in I1–I7 keep the generator's targets, so a method that uses them sees the default sample's.
 */
final class MethodTargets {

    private final SampleCityGenerator generator;
    private final long seed;
    private final Map<String, Map<YearMonth, ReturnWorkbook>> simulated = new HashMap<>();

    MethodTargets(SampleCityGenerator generator, long seed) {
        this.generator = generator;
        this.seed = seed;
    }

    /** A target is 80% to 125% of the unit's year-to-date figure scaled to the year. */
    private static final BigDecimal LOWEST = new BigDecimal("0.80");

    private static final BigDecimal SPREAD = new BigDecimal("0.45");

    /** The generator's targets of {@code year} with a target added for each method-defined indicator. */
    TargetsWorkbook fitted(TargetsWorkbook base, AssessmentRules rules) {
        int year = base.year();
        List<Indicator> defined = rules.catalogue().withTargets().stream()
                .filter(i -> Indicator.ofCode(i.code()).isEmpty())
                .toList();
        if (defined.isEmpty()) {
            return base;
        }
        YearMonth last = year == generator.currentYear() ? generator.latestPeriod() : YearMonth.of(year, 12);
        BigDecimal toYear = new BigDecimal(12).divide(new BigDecimal(last.getMonthValue()), 8, RoundingMode.HALF_UP);
        List<UnitTargets> units = new ArrayList<>();
        for (UnitTargets unit : base.units()) {
            SampleUnit sample = generator.units().stream()
                    .filter(u -> u.code().equals(unit.code()))
                    .findFirst()
                    .orElseThrow();
            LedgerFigures figures = figures(sample, last, rules);
            Map<Indicator, BigDecimal> targets = new TreeMap<>(unit.targets());
            Random rng = new Random(SampleCityGenerator.mix(seed, unit.code(), year * 7 + 3));
            for (Indicator i : defined) {
                BigDecimal ytd = figures.ytd(i);
                // the draw is a fraction, not money: the target itself is computed in BigDecimal
                BigDecimal factor =
                        SPREAD.multiply(BigDecimal.valueOf(rng.nextDouble())).add(LOWEST);
                BigDecimal yearly = ytd == null ? BigDecimal.ZERO : ytd.multiply(toYear);
                targets.put(i, rounded(i, yearly.multiply(factor)));
            }
            units.add(new UnitTargets(unit.code(), unit.name(), unit.group(), unit.ranked(), targets));
        }
        return new TargetsWorkbook(year, units, base.schedule());
    }

    private LedgerFigures figures(SampleUnit unit, YearMonth period, AssessmentRules rules) {
        ReturnWorkbook r = simulated
                .computeIfAbsent(unit.code(), c -> new HashMap<>(generator.returns(unit)))
                .get(period);
        LedgerFigures figures = new LedgerFigures(period, rules);
        if (r == null) {
            return figures;
        }
        int row = 0;
        for (LedgerRow p : r.projects()) {
            figures.add(new LedgerProject(
                    0,
                    p.projectNo(),
                    ++row,
                    p.name(),
                    p.investor(),
                    p.source(),
                    p.industry(),
                    p.status(),
                    p.signedOn(),
                    p.contractAmount(),
                    p.startedOn(),
                    p.fundsTotal(),
                    p.fundsThisYear(),
                    p.foreignFundsThisYear(),
                    p.fulfilled() == null || p.fulfilled(),
                    p.fortune500() != null && p.fortune500(),
                    p.remark(),
                    p.extraValues()));
        }
        ReturnActivity a = r.activity();
        figures.activity(new ActivityFigure(0, a.trips(), a.leaderTrips(), a.companiesVisited(), a.visitorsReceived()));
        return figures;
    }

    /** A count to a whole number, 万美元 to tens, other amounts to 0.1; at least one step. */
    private static BigDecimal rounded(Indicator i, BigDecimal value) {
        BigDecimal step = i.kind() == Indicator.Kind.COUNT
                ? BigDecimal.ONE
                : "万美元".equals(i.unitOfMeasure()) || "万元".equals(i.unitOfMeasure())
                        ? BigDecimal.TEN
                        : new BigDecimal("0.1");
        BigDecimal steps = value.divide(step, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        return steps.multiply(step).setScale(step.scale(), RoundingMode.UNNECESSARY);
    }
}
