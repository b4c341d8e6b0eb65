package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.function.IntFunction;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.ReturnCover;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;

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

    /** A scripted signing: a flagship project that gives the demo its 50亿元 and 500强 bonus cases. */
    record Flagship(
            YearMonth signIn,
            BigDecimal amount,
            InvestorSource source,
            String industry,
            String name,
            String investor,
            boolean fortune500) {}

    private final SampleUnit unit;
    private final Random rng;
    private final UnitPlan plan;
    private final List<SimProject> projects = new ArrayList<>();
    private final ProjectPipeline pipeline;
    private final ProjectEvents events;
    private final FundsFlow funds;
    private int trips;
    private int leaderTrips;
    private int companiesVisited;
    private int visitorsReceived;

    UnitSimulation(
            SampleUnit unit,
            String cityPlace,
            long seed,
            IntFunction<Map<Indicator, BigDecimal>> targets,
            IntFunction<NavigableMap<Integer, BigDecimal>> schedules,
            List<Flagship> flagships,
            boolean ownInvestors) {
        this.unit = unit;
        this.rng = new Random(seed);
        this.plan = new UnitPlan(unit, targets, schedules);
        List<Flagship> scripted = List.copyOf(flagships);
        this.pipeline = new ProjectPipeline(unit, cityPlace, rng, plan, projects, scripted, ownInvestors);
        this.events = new ProjectEvents(unit, rng, plan, projects, pipeline, scripted);
        this.funds = new FundsFlow(rng, plan, projects);
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

    /** One month, in an order that keeps the random draws, and so the sample city, the same from run to run. */
    private void step(YearMonth t) {
        if (t.getMonthValue() == 1 || !plan.started()) {
            newYear();
        }
        plan.wander(rng);

        pipeline.openFlagships(t);
        pipeline.topUp(t);
        events.signFlagships(t);
        events.sign(t);
        events.start(t);
        events.completeAndEnd(t);
        funds.receive(t);
        recordActivity(t);
    }

    private void newYear() {
        plan.newYear(rng);
        trips = 0;
        leaderTrips = 0;
        companiesVisited = 0;
        visitorsReceived = 0;
    }

    // ---------------------------------------------------------------- activity and snapshot

    private void recordActivity(YearMonth t) {
        int aim = (int) Math.round(plan.desired(t, Indicator.I7)) + rng.nextInt(3) - 1;
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
        return new ReturnWorkbook(
                new ReturnCover(unit.code(), unit.name(), t, unit.reporter(), unit.phone()),
                ledger,
                new ReturnActivity(trips, leaderTrips, companiesVisited, visitorsReceived));
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
