package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.ibatis.cursor.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.ScoreAdjustment;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.targets.AnnualTarget;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.ScheduleProgress;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Loads a period's inputs, applies the rules ({@link UnitAssessor}, {@link GroupRanker}) and stores the
 * results, replacing the period's earlier results in the same transaction.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final AssessedUnitMapper units;
    private final AnnualTargetMapper targets;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final AssessmentMapper results;
    private final AssessmentResultsWriter resultsWriter;
    private final AssessmentRulesSource rulesSource;
    private final Clock clock;
    private final PlatformTransactionManager transactionManager;
    private final int readThreads;

    public AssessmentService(AssessedUnitMapper units, AnnualTargetMapper targets, ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger, AssessmentMapper results, AssessmentResultsWriter resultsWriter,
            AssessmentRulesSource rulesSource, Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${scorecard.assess.read-threads:0}") int readThreads) {
        this.transactionManager = transactionManager;
        // as configured, or one per core up to 4 (each holds a database connection while it reads)
        this.readThreads = readThreads > 0 ? readThreads
                : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.units = units;
        this.targets = targets;
        this.submissions = submissions;
        this.ledger = ledger;
        this.results = results;
        this.resultsWriter = resultsWriter;
        this.rulesSource = rulesSource;
        this.clock = clock;
    }

    /** What an assessment did, for logs and the terminal. */
    public record Summary(YearMonth period, int units, int reported, int late, int missing, String rulesName,
            String rulesSha256) {
    }

    @Transactional
    public Summary assess(YearMonth period, Long jobExecutionId) {
        int year = period.getYear();
        List<AssessedUnit> unitList = units.findUnits(year);
        if (unitList.isEmpty()) {
            throw new IllegalStateException("没有" + year + "年的考核单位，请先导入" + year + "年目标任务书 (import-targets)");
        }
        RulesFile method = rulesSource.forYear(year);
        AssessmentRules rules = method.rules();
        checkGroups(method, unitList);
        Schedule schedule = schedule(year);
        Map<String, Map<Indicator, BigDecimal>> targetsByUnit = new HashMap<>();
        for (AnnualTarget t : targets.findTargets(year)) {
            targetsByUnit.computeIfAbsent(t.unitCode(), c -> new EnumMap<>(Indicator.class)).put(t.indicator(),
                    t.targetValue());
        }
        Map<String, ReturnSubmission> counting = new HashMap<>();
        submissions.findCounting(period).forEach(s -> counting.put(s.unitCode(), s));
        Map<String, LocalDateTime> arrivals = new HashMap<>();
        results.findFirstAcceptedArrivals(period).forEach(a -> arrivals.put(a.unitCode(), a.firstAcceptedAt()));

        UnitAssessor assessor = new UnitAssessor(rules, schedule, period);
        List<UnitSources> sources = loadSources(unitList, counting, period, rules);
        Map<String, List<UnitOutcome>> groups = new LinkedHashMap<>();
        int reported = 0;
        int late = 0;
        int missing = 0;
        for (int u = 0; u < unitList.size(); u++) {
            AssessedUnit unit = unitList.get(u);
            UnitSources unitSources = sources.get(u);
            ReturnSubmission current = unitSources.current();
            ReportStatus status;
            LocalDateTime receivedAt = null;
            if (current != null) {
                // On time if any accepted version arrived by the deadline; a later correction does not make it late.
                receivedAt = arrivals.getOrDefault(unit.unitCode(), current.submittedAt());
                status = rules.isLate(period, receivedAt) ? ReportStatus.LATE : ReportStatus.REPORTED;
            } else {
                status = ReportStatus.MISSING;
            }
            switch (status) {
                case REPORTED -> reported++;
                case LATE -> late++;
                case MISSING -> missing++;
            }
            ReturnSubmission source = unitSources.source();
            UnitInput input = new UnitInput(unit.unitCode(), unit.unitName(), unit.groupName(), unit.ranked(),
                    current == null ? null : current.id(), status, source == null ? null : source.period(), receivedAt,
                    unitSources.figures(), targetsByUnit.getOrDefault(unit.unitCode(), Map.of()),
                    unitSources.lastYear());
            groups.computeIfAbsent(unit.groupName(), g -> new ArrayList<>()).add(assessor.assess(input));
        }

        Map<String, GroupRanker.PreviousPlace> previous = new HashMap<>();
        if (period.getMonthValue() > 1 || rules.rankChangeAcrossYears()) {
            for (UnitScore s : results.findUnitScores(period.minusMonths(1))) {
                previous.put(s.unitCode(), new GroupRanker.PreviousPlace(s.groupRank(), s.firstStreak(), s.groupName()));
            }
        }
        for (Map.Entry<String, List<UnitOutcome>> group : groups.entrySet()) {
            assessor.finishGroup(group.getValue());
            GroupRanker.rank(group.getValue(), previous, rules.listSizes(group.getKey()));
        }

        replace(period, method, jobExecutionId, groups);
        log.info("Assessed {}: {} units ({} reported, {} late, {} missing) under {} ({}, sha256 {})", period,
                unitList.size(), reported, late, missing, rules.name(), method.source(), method.sha256());
        return new Summary(period, unitList.size(), reported, late, missing, rules.name(), method.sha256());
    }

    /** A group named in the method's 红黑榜 sizes must exist: a misspelt name would silently fall back. */
    private static void checkGroups(RulesFile method, List<AssessedUnit> unitList) {
        java.util.Set<String> known = new java.util.LinkedHashSet<>();
        unitList.forEach(u -> known.add(u.groupName()));
        for (String group : method.rules().groupLists().keySet()) {
            if (!known.contains(group)) {
                throw new RulesFileException(List.of(new RulesFileException.Problem(method.source(), 0,
                        "red_black_lists.groups", "组别“" + group + "”不在" + method.year() + "年的考核组别（"
                                + String.join("、", known) + "）中，请按目标任务书改正")));
            }
        }
    }

    private Schedule schedule(int year) {
        Map<Integer, BigDecimal> months = new HashMap<>();
        for (ScheduleProgress p : targets.findSchedule(year)) {
            months.put(p.monthNo(), p.progress());
        }
        return Schedule.configured(months);
    }

    /** What a unit is assessed on: its counting return (if any), the return its figures come from, last year's. */
    private record UnitSources(ReturnSubmission current, ReturnSubmission source, LedgerFigures figures,
            Map<Indicator, BigDecimal> lastYear) {
    }

    /**
     * Reads every unit's ledgers, in slices on several threads, each slice in a read-only transaction of its own:
     * the reading is a query and a ledger stream per unit, which on one connection kept a core idle while the
     * database answered. A ledger read here belongs to an accepted version, which never changes once stored.
     * The sources come back in the order of the units.
     */
    private List<UnitSources> loadSources(List<AssessedUnit> unitList, Map<String, ReturnSubmission> counting,
            YearMonth period, AssessmentRules rules) {
        int threads = Math.max(1, Math.min(readThreads, unitList.size()));
        if (threads == 1) {
            return loadSlice(unitList, counting, period, rules);
        }
        // a few slices per thread, so that a slice of long ledgers does not leave the other threads idle
        int perSlice = Math.max(1, (unitList.size() + threads * 4 - 1) / (threads * 4));
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ExecutorService pool = Executors.newFixedThreadPool(threads, new CustomizableThreadFactory("assess-"));
        try {
            List<Future<List<UnitSources>>> slices = new ArrayList<>();
            for (int from = 0; from < unitList.size(); from += perSlice) {
                List<AssessedUnit> slice = unitList.subList(from, Math.min(unitList.size(), from + perSlice));
                slices.add(pool.submit(() -> readOnly.execute(tx -> loadSlice(slice, counting, period, rules))));
            }
            List<UnitSources> all = new ArrayList<>(unitList.size());
            for (Future<List<UnitSources>> slice : slices) {
                all.addAll(slice.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledgers of " + period, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<UnitSources> loadSlice(List<AssessedUnit> slice, Map<String, ReturnSubmission> counting,
            YearMonth period, AssessmentRules rules) {
        List<UnitSources> sources = new ArrayList<>(slice.size());
        for (AssessedUnit unit : slice) {
            ReturnSubmission current = counting.get(unit.unitCode());
            ReturnSubmission source = current != null ? current : carriedFrom(unit.unitCode(), period);
            sources.add(new UnitSources(current, source, figures(source, period, rules),
                    lastYearYtd(unit.unitCode(), period.minusYears(1), rules)));
        }
        return sources;
    }

    /** A missing unit is shown with its latest figures of the same year (normally last month's). */
    private ReturnSubmission carriedFrom(String unitCode, YearMonth period) {
        if (period.getMonthValue() == 1) {
            return null;
        }
        ReturnSubmission earlier = submissions.findLatestCountingUpTo(unitCode, period.minusMonths(1));
        return earlier != null && earlier.period().getYear() == period.getYear() ? earlier : null;
    }

    private LedgerFigures figures(ReturnSubmission source, YearMonth period, AssessmentRules rules) {
        LedgerFigures figures = new LedgerFigures(period, rules);
        if (source == null) {
            return figures;
        }
        try (Cursor<LedgerProject> projects = ledger.streamProjects(source.id())) {
            projects.forEach(figures::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        figures.activity(submissions.findActivity(source.id()));
        return figures;
    }

    /** The same period last year, from last year's counting return; empty where there is none. */
    private Map<Indicator, BigDecimal> lastYearYtd(String unitCode, YearMonth lastYear, AssessmentRules rules) {
        ReturnSubmission source = submissions.findCountingForUnit(unitCode, lastYear);
        if (source == null) {
            return Map.of();
        }
        LedgerFigures figures = figures(source, lastYear, rules);
        Map<Indicator, BigDecimal> ytd = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.withTargets()) {
            BigDecimal value = figures.ytd(indicator);
            if (value != null) {
                ytd.put(indicator, value);
            }
        }
        return ytd;
    }

    private void replace(YearMonth period, RulesFile method, Long jobExecutionId,
            Map<String, List<UnitOutcome>> groups) {
        results.deleteIndicatorResults(period);
        results.deleteUnitScores(period);
        results.deleteAdjustments(period);
        results.deleteWarnings(period);
        results.deleteRun(period);
        results.insertRun(new AssessmentRun(period, LocalDateTime.now(clock).withNano(0), method.rules().name(),
                method.sha256(), jobExecutionId, clip(method.source(), 500), method.text()));

        List<IndicatorResult> indicatorRows = new ArrayList<>();
        List<UnitScore> scoreRows = new ArrayList<>();
        List<ScoreAdjustment> adjustmentRows = new ArrayList<>();
        List<AssessmentWarning> warningRows = new ArrayList<>();
        for (List<UnitOutcome> group : groups.values()) {
            for (UnitOutcome u : group) {
                UnitInput in = u.input();
                for (IndicatorOutcome io : u.indicators().values()) {
                    indicatorRows.add(new IndicatorResult(period, in.unitCode(), io.indicator(), money(io.ytd()),
                            money(io.numerator()), money(io.denominator()), money(io.target()), ratio8(io.progress()),
                            money(io.scheduleTarget()), ratio(io.completion()), ratio(io.gapPoints()),
                            money(io.lastYear()), ratio(io.yoy()), io.weight() == null ? null
                                    : io.weight().setScale(4, RoundingMode.HALF_UP),
                            ratio(io.score()), io.rank(), io.band(),
                            clip(io.formula(), 1000), io.rule().method().name(), ratio8(io.rule().benchmark()),
                            io.rule().weight().setScale(4, RoundingMode.HALF_UP), ratio(io.share())));
                }
                scoreRows.add(new UnitScore(period, in.unitCode(), in.unitName(), in.groupName(), in.ranked(),
                        in.submissionId(), in.reportStatus(), ratio(u.baseScore()), ratio(u.bonus()),
                        ratio(u.deduction()), u.total(), u.grade(), u.rank(), u.groupSize(), u.previousRank(),
                        u.rankChange(), u.firstStreak(), u.listMark(), in.figuresPeriod(), in.receivedAt(),
                        clip(u.scoreFormula(), 1000)));
                int seq = 0;
                for (UnitOutcome.Adjustment a : u.adjustments()) {
                    adjustmentRows.add(new ScoreAdjustment(period, in.unitCode(), ++seq, a.kind(), a.points(),
                            a.projectNo(), clip(a.reason(), 500)));
                }
                seq = 0;
                for (UnitOutcome.Warning w : u.warnings()) {
                    warningRows.add(new AssessmentWarning(period, in.unitCode(), ++seq, w.kind(),
                            w.indicator() == null ? null : w.indicator().name(), w.projectNo(), clip(w.message(), 500)));
                }
            }
        }
        resultsWriter.insertIndicatorResults(indicatorRows);
        insertInSlices(scoreRows, results::insertUnitScores);
        resultsWriter.insertAdjustments(adjustmentRows);
        resultsWriter.insertWarnings(warningRows);
    }

    private static <T> void insertInSlices(List<T> rows, java.util.function.ToIntFunction<List<T>> insert) {
        for (int from = 0; from < rows.size(); from += 500) {
            insert.applyAsInt(rows.subList(from, Math.min(rows.size(), from + 500)));
        }
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(8, RoundingMode.HALF_UP);
    }

    /** Progress and benchmarks: DECIMAL(12,8). */
    private static BigDecimal ratio8(BigDecimal v) {
        return v == null ? null : v.setScale(8, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal v) {
        return v == null ? null : v.setScale(16, RoundingMode.HALF_UP);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
