package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/**
 * A simulated unit's negotiations: new projects (investor source, industry, name drawn to fit the unit), the
 * flagship projects opened three months before they sign, and the next negotiation to sign.
 */
final class ProjectPipeline {

    private final SampleUnit unit;
    private final String cityPlace;
    private final Random rng;
    private final UnitPlan plan;
    private final List<SimProject> projects;
    private final List<UnitSimulation.Flagship> flagships;
    private final Map<Integer, Integer> seqByYear = new TreeMap<>();
    private final Set<String> names = new HashSet<>();
    private final boolean ownInvestors;

    ProjectPipeline(
            SampleUnit unit,
            String cityPlace,
            Random rng,
            UnitPlan plan,
            List<SimProject> projects,
            List<UnitSimulation.Flagship> flagships,
            boolean ownInvestors) {
        this.ownInvestors = ownInvestors;
        this.unit = unit;
        this.cityPlace = cityPlace;
        this.rng = rng;
        this.plan = plan;
        this.projects = projects;
        this.flagships = flagships;
    }

    void topUp(YearMonth t) {
        long open = projects.stream()
                .filter(p -> p.status == ProjectStatus.NEGOTIATING && !p.dormant && !p.reserved)
                .count();
        int wanted = 3 + (int) Math.ceil(plan.target(t.getYear(), Indicator.I4) / 6.0);
        for (long i = open; i < wanted; i++) {
            newProject(t, rng.nextDouble() < 0.08, false, null);
        }
        if (rng.nextDouble() < 0.4) {
            newProject(t, rng.nextDouble() < 0.15, false, null);
        }
    }

    SimProject newProject(YearMonth t, boolean dormant, boolean reserved, UnitSimulation.Flagship script) {
        int seq = seqByYear.merge(t.getYear(), 1, Integer::sum);
        String no = String.format("%s-%d-%03d", unit.code(), t.getYear(), seq);
        SimProject project;
        if (script != null) {
            project = new SimProject(
                    no,
                    script.name(),
                    script.investor(),
                    script.source(),
                    script.industry(),
                    script.fortune500(),
                    t,
                    false,
                    true);
        } else {
            InvestorSource source = drawSource(t);
            int industry = drawIndustry();
            boolean fortune500 = rng.nextDouble() < (source == InvestorSource.FOREIGN ? 0.06 : 0.012);
            String name = uniqueName(Names.projectName(rng, industry));
            String drawn = Names.investor(rng, source, industry, fortune500, cityPlace);
            // thousands of generated units draw from the same name pools: without the unit's own subsidiary they
            // would report each other's projects by chance (some hundred thousand 疑似重复 at nation scale)
            String investor = ownInvestors ? drawn.replaceFirst("有限公司$", "（" + unit.code() + "）有限公司") : drawn;
            project = new SimProject(
                    no, name, investor, source, Names.INDUSTRIES.get(industry), fortune500, t, dormant, reserved);
        }
        names.add(project.name);
        projects.add(project);
        return project;
    }

    private String uniqueName(String name) {
        if (!names.contains(name)) {
            return name;
        }
        String[] phases = {"（二期）", "（三期）", "（四期）", "（五期）", "（六期）"};
        for (String phase : phases) {
            if (!names.contains(name + phase)) {
                return name + phase;
            }
        }
        for (int n = 7; ; n++) {
            String candidate = name + "（" + n + "期）";
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Mostly the unit's usual mix (15% 市内, 25% 市外省内, its foreign share 境外, the rest 省外); but when the open
     * contracts of a funded source cannot cover about a year and a half of its target, that source is favoured, so
     * the funds the unit aims at have projects to come from.
     */
    private InvestorSource drawSource(YearMonth t) {
        int year = t.getYear();
        double otherProvinces = plan.target(year, Indicator.I2);
        double inProvince = Math.max(plan.target(year, Indicator.I1) - otherProvinces, 0.5);
        double foreignYuan = plan.target(year, Indicator.I3) * UnitSimulation.CNY_PER_USD.doubleValue() / 10_000;
        InvestorSource shortest = null;
        double shortestCover = 1.5;
        for (InvestorSource source : List.of(
                InvestorSource.OUT_OF_PROVINCE, InvestorSource.OTHER_CITY_IN_PROVINCE, InvestorSource.FOREIGN)) {
            double need = switch (source) {
                case OUT_OF_PROVINCE -> otherProvinces;
                case OTHER_CITY_IN_PROVINCE -> inProvince;
                default -> foreignYuan;
            };
            double open = projects.stream()
                    .filter(p -> p.source == source && p.isLive())
                    .map(SimProject::remaining)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .doubleValue();
            double cover = open / need;
            if (cover < shortestCover) {
                shortestCover = cover;
                shortest = source;
            }
        }
        if (shortest != null && rng.nextDouble() < 0.6) {
            return shortest;
        }
        double local = 0.15;
        double inProvinceShare = 0.25;
        double foreign = unit.foreignShare();
        double x = rng.nextDouble();
        if (x < local) {
            return InvestorSource.LOCAL;
        }
        if (x < local + inProvinceShare) {
            return InvestorSource.OTHER_CITY_IN_PROVINCE;
        }
        if (x < local + inProvinceShare + foreign) {
            return InvestorSource.FOREIGN;
        }
        return InvestorSource.OUT_OF_PROVINCE;
    }

    /** Index into {@link Names#INDUSTRIES}; the mix depends on the kind of unit. */
    private int drawIndustry() {
        double[] weights = switch (unit.group()) {
            case "开发区" -> new double[] {0.55, 0.12, 0.0, 0.03, 0.20, 0.03, 0.07};
            case "城区" -> new double[] {0.15, 0.22, 0.02, 0.12, 0.32, 0.12, 0.05};
            default -> new double[] {0.42, 0.10, 0.18, 0.05, 0.08, 0.12, 0.05};
        };
        double x = rng.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    void openFlagships(YearMonth t) {
        for (UnitSimulation.Flagship flagship : flagships) {
            if (flagship.signIn().minusMonths(3).equals(t)) {
                newProject(t, false, true, flagship);
            }
        }
    }

    /** The longest-running open negotiation (one of the oldest three), or a project that signs at first sight. */
    SimProject nextToSign(YearMonth t) {
        List<SimProject> open = projects.stream()
                .filter(p ->
                        p.status == ProjectStatus.NEGOTIATING && !p.dormant && !p.reserved && p.entered.isBefore(t))
                .limit(3)
                .toList();
        if (open.isEmpty()) {
            return newProject(t, false, false, null);
        }
        return open.get(rng.nextInt(open.size()));
    }
}
