package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.ScoreAdjustment;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.review.AssessedExclusion;
import org.zsyz.scorecard.store.review.ReviewMapper;
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
    private final UnitSourcesReader sourcesReader;
    private final AssessmentMapper results;
    private final AssessmentResultsWriter resultsWriter;
    private final AssessmentRulesSource rulesSource;
    private final ReviewMapper reviews;
    private final DuplicateMapper duplicates;
    private final Clock clock;
    private final VerificationInputs verificationInputs;

    public AssessmentService(
            AssessedUnitMapper units,
            AnnualTargetMapper targets,
            ReturnSubmissionMapper submissions,
            UnitSourcesReader sourcesReader,
            AssessmentMapper results,
            AssessmentResultsWriter resultsWriter,
            AssessmentRulesSource rulesSource,
            ReviewMapper reviews,
            DuplicateMapper duplicates,
            Clock clock,
            VerificationInputs verificationInputs) {
        this.verificationInputs = verificationInputs;
        this.units = units;
        this.targets = targets;
        this.submissions = submissions;
        this.sourcesReader = sourcesReader;
        this.results = results;
        this.resultsWriter = resultsWriter;
        this.rulesSource = rulesSource;
        this.reviews = reviews;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    /** What an assessment did, for logs and the terminal. */
    public record Summary(
            YearMonth period, int units, int reported, int late, int missing, String rulesName, String rulesSha256) {}

    @Transactional
    public Summary assess(YearMonth period, Long jobExecutionId) {
        int year = period.getYear();
        List<AssessedUnit> unitList = units.findUnits(year);
        if (unitList.isEmpty()) {
            throw new IllegalStateException("没有" + year + "年的考核单位，请先导入" + year + "年目标任务书 (import-targets)");
        }
        RulesFile method = rulesSource.forYear(year);
        AssessmentRules rules = method.rules();
        List<AnnualTarget> yearTargets = targets.findTargets(year);
        YearChecks.refuseIfAny(method, unitList, yearTargets);
        Schedule schedule = schedule(year);
        Map<String, Map<Indicator, BigDecimal>> targetsByUnit = new HashMap<>();
        org.zsyz.scorecard.store.indicator.IndicatorCatalogue catalogue = rules.catalogue();
        for (AnnualTarget t : yearTargets) {
            // a stored code is resolved to the method's indicator; one the method does not assess is left out
            catalogue
                    .ofCode(t.indicator().code())
                    .ifPresent(i -> targetsByUnit
                            .computeIfAbsent(t.unitCode(), c -> new TreeMap<>())
                            .put(i, t.targetValue()));
        }
        Map<String, ReturnSubmission> counting = new HashMap<>();
        submissions.findCounting(period).forEach(s -> counting.put(s.unitCode(), s));
        Map<String, LocalDateTime> arrivals = new HashMap<>();
        results.findFirstAcceptedArrivals(period).forEach(a -> arrivals.put(a.unitCode(), a.firstAcceptedAt()));

        UnitAssessor assessor = new UnitAssessor(rules, schedule, period);
        VerificationInputs.Period verification = verificationInputs.of(period, method);
        ProjectVerdicts verdicts = new ProjectVerdicts(
                ExclusionReader.parse(method.text(), RulesYaml.fileName(year)),
                reviews.findInForce(period.toString()),
                duplicates.findDecided(period.toString()));
        List<UnitSourcesReader.UnitSources> sources =
                sourcesReader.load(unitList, counting, period, rules, verification, verdicts);
        List<AssessedExclusion> exclusionRows = new ArrayList<>();
        for (int u = 0; u < unitList.size(); u++) {
            int seq = 0;
            for (ProjectVerdicts.Excluded x : sources.get(u).excluded()) {
                exclusionRows.add(new AssessedExclusion(
                        period.toString(),
                        unitList.get(u).unitCode(),
                        ++seq,
                        x.projectNo(),
                        clip(x.projectName(), 200),
                        x.source(),
                        clip(x.effect(), 100),
                        clip(x.reason(), 500)));
            }
        }
        Map<String, List<UnitOutcome>> groups = new LinkedHashMap<>();
        int reported = 0;
        int late = 0;
        int missing = 0;
        for (int u = 0; u < unitList.size(); u++) {
            AssessedUnit unit = unitList.get(u);
            UnitSourcesReader.UnitSources unitSources = sources.get(u);
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
            UnitInput input = new UnitInput(
                    unit.unitCode(),
                    unit.unitName(),
                    unit.groupName(),
                    unit.ranked(),
                    current == null ? null : current.id(),
                    status,
                    source == null ? null : source.period(),
                    receivedAt,
                    unitSources.figures(),
                    targetsByUnit.getOrDefault(unit.unitCode(), Map.of()),
                    unitSources.lastYear());
            UnitOutcome outcome = assessor.assess(input);
            VerificationInputs.apply(verification, unitSources.awaitingEvidence(), outcome);
            groups.computeIfAbsent(unit.groupName(), g -> new ArrayList<>()).add(outcome);
        }

        Map<String, GroupRanker.PreviousPlace> previous = new HashMap<>();
        if (period.getMonthValue() > 1 || rules.rankChangeAcrossYears()) {
            for (UnitScore s : results.findUnitScores(period.minusMonths(1))) {
                previous.put(
                        s.unitCode(), new GroupRanker.PreviousPlace(s.groupRank(), s.firstStreak(), s.groupName()));
            }
        }
        for (Map.Entry<String, List<UnitOutcome>> group : groups.entrySet()) {
            assessor.finishGroup(group.getValue());
            GroupRanker.rank(group.getValue(), previous, rules.listSizes(group.getKey()));
        }

        replace(period, method, jobExecutionId, groups);
        reviews.deleteExclusions(period.toString());
        for (int from = 0; from < exclusionRows.size(); from += 500) {
            reviews.insertExclusions(exclusionRows.subList(from, Math.min(exclusionRows.size(), from + 500)));
        }
        log.info(
                "Assessed {}: {} units ({} reported, {} late, {} missing) under {} ({}, sha256 {})",
                period,
                unitList.size(),
                reported,
                late,
                missing,
                rules.name(),
                method.source(),
                method.sha256());
        return new Summary(period, unitList.size(), reported, late, missing, rules.name(), method.sha256());
    }

    private Schedule schedule(int year) {
        Map<Integer, BigDecimal> months = new HashMap<>();
        for (ScheduleProgress p : targets.findSchedule(year)) {
            months.put(p.monthNo(), p.progress());
        }
        return Schedule.configured(months);
    }

    private void replace(
            YearMonth period, RulesFile method, Long jobExecutionId, Map<String, List<UnitOutcome>> groups) {
        results.deleteIndicatorResults(period);
        results.deleteUnitScores(period);
        results.deleteAdjustments(period);
        results.deleteWarnings(period);
        results.deleteRun(period);
        results.insertRun(new AssessmentRun(
                period,
                LocalDateTime.now(clock).withNano(0),
                method.rules().name(),
                method.sha256(),
                jobExecutionId,
                clip(method.source(), 500),
                method.text()));

        List<IndicatorResult> indicatorRows = new ArrayList<>();
        List<UnitScore> scoreRows = new ArrayList<>();
        List<ScoreAdjustment> adjustmentRows = new ArrayList<>();
        List<AssessmentWarning> warningRows = new ArrayList<>();
        for (List<UnitOutcome> group : groups.values()) {
            for (UnitOutcome u : group) {
                UnitInput in = u.input();
                for (IndicatorOutcome io : u.indicators().values()) {
                    indicatorRows.add(new IndicatorResult(
                            period,
                            in.unitCode(),
                            io.indicator(),
                            money(io.ytd()),
                            money(io.numerator()),
                            money(io.denominator()),
                            money(io.target()),
                            ratio8(io.progress()),
                            money(io.scheduleTarget()),
                            ratio(io.completion()),
                            ratio(io.gapPoints()),
                            money(io.lastYear()),
                            ratio(io.yoy()),
                            io.weight() == null ? null : io.weight().setScale(4, RoundingMode.HALF_UP),
                            ratio(io.score()),
                            io.rank(),
                            io.band(),
                            clip(io.formula(), 1000),
                            io.rule().method().name(),
                            ratio8(io.rule().benchmark()),
                            io.rule().weight().setScale(4, RoundingMode.HALF_UP),
                            ratio(io.share())));
                }
                scoreRows.add(new UnitScore(
                        period,
                        in.unitCode(),
                        in.unitName(),
                        in.groupName(),
                        in.ranked(),
                        in.submissionId(),
                        in.reportStatus(),
                        ratio(u.baseScore()),
                        ratio(u.bonus()),
                        ratio(u.deduction()),
                        u.total(),
                        u.grade(),
                        u.rank(),
                        u.groupSize(),
                        u.previousRank(),
                        u.rankChange(),
                        u.firstStreak(),
                        u.listMark(),
                        in.figuresPeriod(),
                        in.receivedAt(),
                        clip(u.scoreFormula(), 1000)));
                int seq = 0;
                for (UnitOutcome.Adjustment a : u.adjustments()) {
                    adjustmentRows.add(new ScoreAdjustment(
                            period, in.unitCode(), ++seq, a.kind(), a.points(), a.projectNo(), clip(a.reason(), 500)));
                }
                seq = 0;
                for (UnitOutcome.Warning w : u.warnings()) {
                    warningRows.add(new AssessmentWarning(
                            period,
                            in.unitCode(),
                            ++seq,
                            w.kind(),
                            w.indicator() == null ? null : w.indicator().name(),
                            w.projectNo(),
                            clip(w.message(), 500)));
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
