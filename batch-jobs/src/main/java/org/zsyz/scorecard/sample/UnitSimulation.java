package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.zsyz.scorecard.indicator.Indicator;
import org.zsyz.scorecard.project.InvestorSource;
import org.zsyz.scorecard.project.ProjectStatus;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnCover;
import org.zsyz.scorecard.returns.ReturnWorkbook;

/**
 * Simulates one unit's projects month by month and snapshots its return at the end of every output month.
 *
 * <p>Each month the unit aims at {@code target × 序时进度 × its performance} for every indicator (a slow random walk
 * makes the performance wander, so rankings move) and generates the events that get it there: negotiations open,
 * projects sign (合同投资额 drawn so that counts and amounts both track), start, receive funds, complete, stall, or
 * end. Everything that the return reports is exact decimal; random draws are quantised to 0.01 亿元 (contracts),
 * 0.0001 亿元 (funds) and 0.01 万美元 the moment they are made.
 */
final class UnitSimulation {

    /** 万美元 → 亿元 for 累计到位资金 (which is RMB): × 7.10 ÷ 10000. */
    static final BigDecimal CNY_PER_USD = new BigDecimal("7.10");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal ONE_YI = BigDecimal.ONE;

    private static final String[] SIGNED_REMARKS = {"正在办理前期手续", "环评审批中", "已完成土地摘牌", "规划设计中"};
    private static final String[] STARTED_REMARKS = {"主体施工中", "设备安装调试", "厂房建设中", "部分投产"};

    /** A scripted signing: a flagship project that gives the demo its 50亿元 and 500强 bonus cases. */
    record Flagship(YearMonth signIn, BigDecimal amount, InvestorSource source, String industry, String name,
            String investor, boolean fortune500) {
    }

    private final SampleUnit unit;
    private final String cityPlace;
    private final Random rng;
    private final IntFunction<Map<Indicator, BigDecimal>> targets;
    private final IntFunction<NavigableMap<Integer, BigDecimal>> schedules;
    private final List<Flagship> flagships;

    private final List<SimProject> projects = new ArrayList<>();
    private final Map<Integer, Integer> seqByYear = new TreeMap<>();
    private final Set<String> names = new HashSet<>();
    private final EnumMap<Indicator, Double> offsets = new EnumMap<>(Indicator.class);
    private double walk;
    private int trips;
    private int leaderTrips;
    private int companiesVisited;
    private int visitorsReceived;

    UnitSimulation(SampleUnit unit, String cityPlace, long seed,
            IntFunction<Map<Indicator, BigDecimal>> targets,
            IntFunction<NavigableMap<Integer, BigDecimal>> schedules, List<Flagship> flagships) {
        this.unit = unit;
        this.cityPlace = cityPlace;
        this.rng = new Random(seed);
        this.targets = targets;
        this.schedules = schedules;
        this.flagships = List.copyOf(flagships);
    }

    /** Runs from {@code start} to {@code last}; returns the end-of-month return of every month from {@code firstOutput}. */
    LinkedHashMap<YearMonth, ReturnWorkbook> run(YearMonth start, YearMonth firstOutput, YearMonth last) {
        LinkedHashMap<YearMonth, ReturnWorkbook> returns = new LinkedHashMap<>();
        for (YearMonth t = start; !t.isAfter(last); t = t.plusMonths(1)) {
            step(t);
            if (!t.isBefore(firstOutput)) {
                returns.put(t, snapshot(t));
            }
        }
        return returns;
    }

    private void step(YearMonth t) {
        if (t.getMonthValue() == 1 || offsets.isEmpty()) {
            newYear();
        }
        walk = clamp(0.8 * walk + 0.06 * rng.nextGaussian(), -0.2, 0.2);

        openFlagships(t);
        topUpPipeline(t);
        signFlagships(t);
        sign(t);
        start(t);
        completeAndEnd(t);
        receiveFunds(t);
        recordActivity(t);
    }

    private void newYear() {
        for (Indicator indicator : Indicator.withTargets()) {
            offsets.put(indicator, 0.85 + 0.3 * rng.nextDouble());
        }
        trips = 0;
        leaderTrips = 0;
        companiesVisited = 0;
        visitorsReceived = 0;
    }

    /** Where the unit aims to be at the end of month t on an indicator: target × schedule × performance. */
    private double desired(YearMonth t, Indicator indicator) {
        double target = target(t.getYear(), indicator);
        double performance = unit.performanceIn(t.getYear()) * (1 + walk) * offsets.get(indicator);
        return target * progress(t) * performance;
    }

    private double target(int year, Indicator indicator) {
        return targets.apply(year).get(indicator).doubleValue();
    }

    private double progress(YearMonth t) {
        BigDecimal percent = schedules.apply(t.getYear()).get(t.getMonthValue());
        return percent == null ? t.getMonthValue() / 12.0 : percent.doubleValue() / 100.0;
    }

    // ---------------------------------------------------------------- pipeline and signing

    private void topUpPipeline(YearMonth t) {
        long open = projects.stream()
                .filter(p -> p.status == ProjectStatus.NEGOTIATING && !p.dormant && !p.reserved).count();
        int wanted = 3 + (int) Math.ceil(target(t.getYear(), Indicator.I4) / 6.0);
        for (long i = open; i < wanted; i++) {
            newProject(t, rng.nextDouble() < 0.08, false, null);
        }
        if (rng.nextDouble() < 0.4) {
            newProject(t, rng.nextDouble() < 0.15, false, null);
        }
    }

    private SimProject newProject(YearMonth t, boolean dormant, boolean reserved, Flagship script) {
        int seq = seqByYear.merge(t.getYear(), 1, Integer::sum);
        String no = String.format("%s-%d-%03d", unit.code(), t.getYear(), seq);
        SimProject project;
        if (script != null) {
            project = new SimProject(no, script.name(), script.investor(), script.source(), script.industry(),
                    script.fortune500(), t, false, true);
        } else {
            InvestorSource source = drawSource(t);
            int industry = drawIndustry();
            boolean fortune500 = rng.nextDouble() < (source == InvestorSource.FOREIGN ? 0.06 : 0.012);
            String name = uniqueName(Names.projectName(rng, industry));
            String investor = Names.investor(rng, source, industry, fortune500, cityPlace);
            project = new SimProject(no, name, investor, source, Names.INDUSTRIES.get(industry), fortune500, t,
                    dormant, reserved);
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
        double otherProvinces = target(year, Indicator.I2);
        double inProvince = Math.max(target(year, Indicator.I1) - otherProvinces, 0.5);
        double foreignYuan = target(year, Indicator.I3) * CNY_PER_USD.doubleValue() / 10_000;
        InvestorSource shortest = null;
        double shortestCover = 1.5;
        for (InvestorSource source : List.of(InvestorSource.OUT_OF_PROVINCE, InvestorSource.OTHER_CITY_IN_PROVINCE,
                InvestorSource.FOREIGN)) {
            double need = switch (source) {
                case OUT_OF_PROVINCE -> otherProvinces;
                case OTHER_CITY_IN_PROVINCE -> inProvince;
                default -> foreignYuan;
            };
            double open = projects.stream().filter(p -> p.source == source && p.isLive())
                    .map(SimProject::remaining).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
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

    private void openFlagships(YearMonth t) {
        for (Flagship flagship : flagships) {
            if (flagship.signIn().minusMonths(3).equals(t)) {
                newProject(t, false, true, flagship);
            }
        }
    }

    private void signFlagships(YearMonth t) {
        for (Flagship flagship : flagships) {
            if (flagship.signIn().equals(t)) {
                SimProject project = projects.stream()
                        .filter(p -> p.reserved && p.name.equals(flagship.name()) && !p.isSigned()).findFirst()
                        .orElseGet(() -> newProject(t, false, true, flagship));
                sign(project, t, flagship.amount());
                project.stalled = false;
                project.remark = "市重点项目";
            }
        }
    }

    private void sign(YearMonth t) {
        int year = t.getYear();
        int signedLarge = (int) projects.stream()
                .filter(p -> p.signedIn(year) && p.contract.compareTo(ONE_YI) >= 0).count();
        double signedAmount = projects.stream().filter(p -> p.signedIn(year))
                .map(p -> p.contract).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
        int needCount = (int) Math.round(desired(t, Indicator.I4)) - signedLarge;
        double needAmount = desired(t, Indicator.I5) - signedAmount;

        int count = Math.max(0, needCount);
        if (count == 0 && needAmount > 2.5 && rng.nextDouble() < 0.6) {
            count = 1;
        }
        count = Math.min(count, monthlyCap(t, Indicator.I4));
        double mean = count == 0 ? 0 : clamp(needAmount / count, 1.5, 7);
        for (int k = 0; k < count; k++) {
            double amount = mean * Math.exp(0.4 * rng.nextGaussian() - 0.08);
            if (amount < 1.0) {
                amount = 1.0 + 0.6 * rng.nextDouble(); // 亿元以上 by intent: a little above the line
            }
            double kind = rng.nextDouble();
            if (kind < 0.015) {
                amount = 10 + 15 * rng.nextDouble();
            } else if (kind < 0.045) {
                amount = 1.0; // exactly on the 亿元 line: counts for I4/I6 (≥ 1)
            }
            sign(nextToSign(t), t, decimal(Math.min(amount, 45.0), 2));
        }
        if (rng.nextDouble() < 0.35) {
            sign(nextToSign(t), t, decimal(0.3 + 0.69 * rng.nextDouble(), 2));
        }
    }

    /** The longest-running open negotiation (one of the oldest three), or a project that signs at first sight. */
    private SimProject nextToSign(YearMonth t) {
        List<SimProject> open = projects.stream()
                .filter(p -> p.status == ProjectStatus.NEGOTIATING && !p.dormant && !p.reserved
                        && p.entered.isBefore(t))
                .limit(3).toList();
        if (open.isEmpty()) {
            return newProject(t, false, false, null);
        }
        return open.get(rng.nextInt(open.size()));
    }

    private void sign(SimProject project, YearMonth t, BigDecimal amount) {
        if (project.fortune500 && amount.compareTo(new BigDecimal("3.00")) < 0) {
            amount = amount.add(new BigDecimal("3.00"));
        }
        project.status = ProjectStatus.SIGNED;
        project.signedOn = t.atDay(1 + rng.nextInt(t.lengthOfMonth()));
        project.contract = amount;
        project.stalled = rng.nextDouble() < 0.05;
        project.fulfilled = unit.explicitFlags() ? Boolean.TRUE : null;
        project.remark = rng.nextDouble() < 0.3 ? pick(SIGNED_REMARKS) : null;
    }

    /** At most about three months' worth of an annual count in one month (and never fewer than three). */
    private int monthlyCap(YearMonth t, Indicator count) {
        return Math.max(3, (int) Math.ceil(target(t.getYear(), count) / 4.0));
    }

    // ---------------------------------------------------------------- starting, completing, ending

    private void start(YearMonth t) {
        int year = t.getYear();
        int startedLarge = (int) projects.stream()
                .filter(p -> p.startedIn(year) && p.contract.compareTo(ONE_YI) >= 0).count();
        int need = Math.min(monthlyCap(t, Indicator.I6), (int) Math.round(desired(t, Indicator.I6)) - startedLarge);
        List<SimProject> waiting = projects.stream()
                .filter(p -> p.status == ProjectStatus.SIGNED && p.isLive() && !p.stalled
                        && p.contract.compareTo(ONE_YI) >= 0)
                .filter(p -> p.signedOn.isBefore(t.atDay(1)) || rng.nextDouble() < 0.2)
                .sorted(Comparator.comparing((SimProject p) -> p.signedOn).thenComparing(p -> p.no))
                .toList();
        for (int i = 0; i < need && i < waiting.size(); i++) {
            start(waiting.get(i), t);
        }
        for (SimProject p : projects) {
            if (p.status == ProjectStatus.SIGNED && p.isLive() && !p.stalled && p.contract.compareTo(ONE_YI) < 0
                    && p.signedOn.isBefore(t.atDay(1)) && rng.nextDouble() < 0.25) {
                start(p, t);
            }
        }
    }

    private void start(SimProject project, YearMonth t) {
        int firstDay = YearMonth.from(project.signedOn).equals(t) ? project.signedOn.getDayOfMonth() : 1;
        project.status = ProjectStatus.STARTED;
        project.startedOn = t.atDay(firstDay + rng.nextInt(t.lengthOfMonth() - firstDay + 1));
        project.remark = rng.nextDouble() < 0.4 ? pick(STARTED_REMARKS) : null;
    }

    private void completeAndEnd(YearMonth t) {
        for (SimProject p : projects) {
            if (p.status == ProjectStatus.STARTED) {
                long running = ChronoUnit.MONTHS.between(YearMonth.from(p.startedOn), t);
                BigDecimal threshold = p.contract.multiply(new BigDecimal("0.7"));
                if (running >= 5 && p.fundsTotal.compareTo(threshold) >= 0 && rng.nextDouble() < 0.3) {
                    p.status = ProjectStatus.COMPLETED;
                    p.endedIn = t;
                    p.remark = "已竣工投产";
                } else if (rng.nextDouble() < 0.001) {
                    end(p, t, "因市场变化项目终止");
                }
            } else if (p.status == ProjectStatus.SIGNED && p.stalled) {
                long waiting = ChronoUnit.MONTHS.between(YearMonth.from(p.signedOn), t);
                if (waiting >= 8 && rng.nextDouble() < 0.08) {
                    end(p, t, "投资方资金链紧张，协议解除");
                } else if (waiting >= 4 && !Boolean.FALSE.equals(p.fulfilled) && rng.nextDouble() < 0.1) {
                    p.fulfilled = Boolean.FALSE;
                    p.remark = "未按合同约定时间开工";
                }
            }
        }
    }

    private void end(SimProject project, YearMonth t, String why) {
        project.status = ProjectStatus.TERMINATED;
        project.endedIn = t;
        project.remark = why;
    }

    // ---------------------------------------------------------------- funds

    private void receiveFunds(YearMonth t) {
        int year = t.getYear();
        double fromOtherProvinces = Math.min(desired(t, Indicator.I2), 0.95 * desired(t, Indicator.I1));
        double received2 = domesticYtd(year, InvestorSource.OUT_OF_PROVINCE);
        double fromOutsideCity = desired(t, Indicator.I1) - Math.max(fromOtherProvinces, received2);
        double annual1 = target(year, Indicator.I1);
        double annual2 = target(year, Indicator.I2);

        domestic(t, InvestorSource.OUT_OF_PROVINCE, fromOtherProvinces - received2, annual2 * 0.004);
        domestic(t, InvestorSource.OTHER_CITY_IN_PROVINCE,
                fromOutsideCity - domesticYtd(year, InvestorSource.OTHER_CITY_IN_PROVINCE),
                (annual1 - annual2) * 0.004 + 0.01);
        domestic(t, InvestorSource.LOCAL,
                0.3 * annual1 * progress(t) - domesticYtd(year, InvestorSource.LOCAL), annual1 * 0.002);
        foreign(t, desired(t, Indicator.I3) - foreignYtd(year), target(year, Indicator.I3) * 0.004);
    }

    private double domesticYtd(int year, InvestorSource source) {
        return projects.stream().filter(p -> p.source == source).map(p -> p.domesticIn(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    private double foreignYtd(int year) {
        return projects.stream().filter(p -> p.source == InvestorSource.FOREIGN).map(p -> p.foreignIn(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    /**
     * Spreads {@code gap} 亿元 (at least {@code floor}) over the live projects of one source, never past a contract;
     * what a full project cannot take goes round again to the others.
     */
    private void domestic(YearMonth t, InvestorSource source, double gap, double floor) {
        BigDecimal left = decimal(Math.max(gap, floor), 4);
        for (int round = 0; round < 3 && left.signum() > 0; round++) {
            List<SimProject> eligible = eligible(source);
            double[] weights = weights(eligible);
            double total = sum(weights);
            BigDecimal budget = left;
            for (int i = 0; i < eligible.size() && total > 0 && left.signum() > 0; i++) {
                SimProject p = eligible.get(i);
                BigDecimal share = decimal(budget.doubleValue() * weights[i] / total, 4).min(p.remaining()).min(left);
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
        BigDecimal left = decimal(Math.max(gap, floor), 2);
        for (int round = 0; round < 3 && left.signum() > 0; round++) {
            List<SimProject> eligible = eligible(InvestorSource.FOREIGN);
            double[] weights = weights(eligible);
            double total = sum(weights);
            BigDecimal budget = left;
            for (int i = 0; i < eligible.size() && total > 0 && left.signum() > 0; i++) {
                SimProject p = eligible.get(i);
                BigDecimal room = p.remaining().multiply(TEN_THOUSAND).divide(CNY_PER_USD, 2, RoundingMode.DOWN);
                BigDecimal usd = decimal(budget.doubleValue() * weights[i] / total, 2).min(room).min(left);
                if (usd.signum() > 0) {
                    BigDecimal yuan = usd.multiply(CNY_PER_USD).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
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

    // ---------------------------------------------------------------- activity and snapshot

    private void recordActivity(YearMonth t) {
        int aim = (int) Math.round(desired(t, Indicator.I7)) + rng.nextInt(3) - 1;
        trips = Math.max(trips, Math.max(aim, 0));
        leaderTrips = Math.max(leaderTrips, (int) Math.round(trips * (0.25 + 0.1 * rng.nextDouble())));
        companiesVisited = Math.max(companiesVisited + rng.nextInt(4), (int) Math.round(trips * 3.2));
        visitorsReceived = Math.max(visitorsReceived + rng.nextInt(3), (int) Math.round(trips * 1.8));
    }

    private ReturnWorkbook snapshot(YearMonth t) {
        List<LedgerRow> ledger = new ArrayList<>(projects.size());
        for (SimProject p : projects) {
            ledger.add(p.toLedger(t.getYear(), unit.explicitFlags()));
        }
        return new ReturnWorkbook(new ReturnCover(unit.code(), unit.name(), t, unit.reporter(), unit.phone()), ledger,
                new ReturnActivity(trips, leaderTrips, companiesVisited, visitorsReceived));
    }

    // ---------------------------------------------------------------- helpers

    private String pick(String[] pool) {
        return pool[rng.nextInt(pool.length)];
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
