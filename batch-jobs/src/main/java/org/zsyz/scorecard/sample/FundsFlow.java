package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/**
 * The funds a simulated unit receives in a month: enough to track its I1, I2 and I3 plans, spread over its live
 * projects of each investor source, never past a contract. Funds are quantised to 0.0001 亿元 and 0.01 万美元.
 */
final class FundsFlow {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final Random rng;
    private final UnitPlan plan;
    private final List<SimProject> projects;

    FundsFlow(Random rng, UnitPlan plan, List<SimProject> projects) {
        this.rng = rng;
        this.plan = plan;
        this.projects = projects;
    }

    void receive(YearMonth t) {
        int year = t.getYear();
        double fromOtherProvinces = Math.min(plan.desired(t, Indicator.I2), 0.95 * plan.desired(t, Indicator.I1));
        double received2 = domesticYtd(year, InvestorSource.OUT_OF_PROVINCE);
        double fromOutsideCity = plan.desired(t, Indicator.I1) - Math.max(fromOtherProvinces, received2);
        double annual1 = plan.target(year, Indicator.I1);
        double annual2 = plan.target(year, Indicator.I2);

        domestic(t, InvestorSource.OUT_OF_PROVINCE, fromOtherProvinces - received2, annual2 * 0.004);
        domestic(
                t,
                InvestorSource.OTHER_CITY_IN_PROVINCE,
                fromOutsideCity - domesticYtd(year, InvestorSource.OTHER_CITY_IN_PROVINCE),
                (annual1 - annual2) * 0.004 + 0.01);
        domestic(
                t,
                InvestorSource.LOCAL,
                0.3 * annual1 * plan.progress(t) - domesticYtd(year, InvestorSource.LOCAL),
                annual1 * 0.002);
        foreign(t, plan.desired(t, Indicator.I3) - foreignYtd(year), plan.target(year, Indicator.I3) * 0.004);
    }

    private double domesticYtd(int year, InvestorSource source) {
        return projects.stream()
                .filter(p -> p.source == source)
                .map(p -> p.domesticIn(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue();
    }

    private double foreignYtd(int year) {
        return projects.stream()
                .filter(p -> p.source == InvestorSource.FOREIGN)
                .map(p -> p.foreignIn(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue();
    }

    /**
     * Spreads {@code gap} 亿元 (at least {@code floor}) over the live projects of one source, never past a contract;
     * what a full project cannot take goes round again to the others.
     */
    private void domestic(YearMonth t, InvestorSource source, double gap, double floor) {
        BigDecimal left = UnitSimulation.decimal(Math.max(gap, floor), 4);
        for (int round = 0; round < 3 && left.signum() > 0; round++) {
            List<SimProject> eligible = eligible(source);
            double[] weights = weights(eligible);
            double total = sum(weights);
            BigDecimal budget = left;
            for (int i = 0; i < eligible.size() && total > 0 && left.signum() > 0; i++) {
                SimProject p = eligible.get(i);
                BigDecimal share = UnitSimulation.decimal(budget.doubleValue() * weights[i] / total, 4)
                        .min(p.remaining())
                        .min(left);
                if (share.signum() > 0) {
                    p.fundsTotal = p.fundsTotal.add(share);
                    p.domesticByYear.merge(t.getYear(), share, BigDecimal::add);
                    left = left.subtract(share);
                }
            }
        }
    }

    /** As {@link #domestic} for 境外 projects: {@code gap} in 万美元, converted into 累计到位资金 at 7.10. */
    private void foreign(YearMonth t, double gap, double floor) {
        BigDecimal left = UnitSimulation.decimal(Math.max(gap, floor), 2);
        for (int round = 0; round < 3 && left.signum() > 0; round++) {
            List<SimProject> eligible = eligible(InvestorSource.FOREIGN);
            double[] weights = weights(eligible);
            double total = sum(weights);
            BigDecimal budget = left;
            for (int i = 0; i < eligible.size() && total > 0 && left.signum() > 0; i++) {
                SimProject p = eligible.get(i);
                BigDecimal room =
                        p.remaining().multiply(TEN_THOUSAND).divide(UnitSimulation.CNY_PER_USD, 2, RoundingMode.DOWN);
                BigDecimal usd = UnitSimulation.decimal(budget.doubleValue() * weights[i] / total, 2)
                        .min(room)
                        .min(left);
                if (usd.signum() > 0) {
                    BigDecimal yuan =
                            usd.multiply(UnitSimulation.CNY_PER_USD).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
                    p.fundsTotal = p.fundsTotal.add(yuan).min(p.contract);
                    p.foreignByYear.merge(t.getYear(), usd, BigDecimal::add);
                    left = left.subtract(usd);
                }
            }
        }
    }

    private List<SimProject> eligible(InvestorSource source) {
        return projects.stream()
                .filter(p -> p.source == source && p.isLive() && p.remaining().compareTo(new BigDecimal("0.0001")) > 0)
                .toList();
    }

    /** Started projects draw funds three times as fast; a big contract does not swallow everything. */
    private double[] weights(List<SimProject> eligible) {
        double[] weights = new double[eligible.size()];
        for (int i = 0; i < weights.length; i++) {
            SimProject p = eligible.get(i);
            double room = Math.min(p.remaining().doubleValue(), 6.0);
            double pace = p.status == ProjectStatus.STARTED ? 3.0 : p.stalled ? 0.2 : 1.0;
            weights[i] = room * pace * (0.5 + rng.nextDouble());
        }
        return weights;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
