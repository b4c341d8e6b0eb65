package org.zsyz.scorecard.publish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.EscalationNotice;
import org.zsyz.scorecard.assess.EscalationService;
import org.zsyz.scorecard.assess.MethodNote;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.publish.ScorecardFigures.Figures;
import org.zsyz.scorecard.publish.ScorecardWarnings.Warnings;
import org.zsyz.scorecard.report.Bulletin;
import org.zsyz.scorecard.report.GroupRanking;
import org.zsyz.scorecard.report.PipelineLine;
import org.zsyz.scorecard.report.RankingRow;
import org.zsyz.scorecard.report.ScorePart;
import org.zsyz.scorecard.report.TrendPoint;
import org.zsyz.scorecard.report.UnitScorecard;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.ScoreAdjustment;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;

/** Turns a period's stored results into the documents' models: the bulletin and each unit's scorecard. */
@Component
public class ScorecardAssembler {

    private final AssessmentMapper results;
    private final AssessedUnitMapper units;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final LedgerPipeline pipeline;
    private final RunRules runRules;
    private final ScorecardProperties settings;
    private final EscalationService escalation;
    private final ScorecardVerification verification;

    public ScorecardAssembler(
            AssessmentMapper results,
            AssessedUnitMapper units,
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            AssessmentRulesSource rulesSource,
            ScorecardProperties settings,
            EscalationService escalation,
            ScorecardVerification verification) {
        this.results = results;
        this.units = units;
        this.submissions = submissions;
        this.ledger = ledger;
        this.pipeline = new LedgerPipeline(ledger, settings);
        this.runRules = new RunRules(results, rulesSource);
        this.settings = settings;
        this.escalation = escalation;
        this.verification = verification;
    }

    /** The unit codes of a period's assessment, in bulletin order. */
    public List<String> unitCodes(YearMonth period) {
        return results.findUnitScores(period).stream().map(UnitScore::unitCode).toList();
    }

    public Bulletin bulletin(YearMonth period, LocalDate publishedOn, int revision) {
        List<UnitScore> scores = results.findUnitScores(period);
        if (scores.isEmpty()) {
            throw new IllegalStateException(period + " 尚未评估，请先运行 assess");
        }
        Map<String, Map<Indicator, IndicatorResult>> byUnit = resultsByUnit(period);
        // 序时进度 is the same for every unit of the period
        BigDecimal progress = byUnit.values().stream()
                .flatMap(m -> m.values().stream())
                .map(IndicatorResult::progress)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        RankingColumns columns = RankingColumns.of(catalogueOf(period).all(), byUnit);
        Map<String, List<UnitScore>> groups = new LinkedHashMap<>();
        for (AssessmentGroup g : units.findGroups(period.getYear())) {
            groups.put(g.groupName(), new ArrayList<>());
        }
        for (UnitScore s : scores) {
            groups.computeIfAbsent(s.groupName(), g -> new ArrayList<>()).add(s);
        }
        List<GroupRanking> tables = new ArrayList<>();
        for (Map.Entry<String, List<UnitScore>> group : groups.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            List<RankingRow> rows = new ArrayList<>();
            List<String> red = new ArrayList<>();
            List<String> black = new ArrayList<>();
            for (UnitScore s : group.getValue()) {
                rows.add(new RankingRow(
                        s.groupRank(),
                        s.rankChange(),
                        s.unitCode(),
                        s.unitName(),
                        s.totalScore(),
                        s.grade(),
                        s.reportStatus(),
                        columns.cellsOf(s.unitCode())));
                if (s.listMark() == ListMark.RED) {
                    red.add(s.unitName());
                } else if (s.listMark() == ListMark.BLACK) {
                    black.add(s.unitName());
                }
            }
            tables.add(new GroupRanking(group.getKey(), rows, red, black));
        }
        return new Bulletin(
                settings.cityName(),
                settings.issuer(),
                period,
                publishedOn,
                revision,
                columns.headings(),
                tables,
                withNotes(
                        MethodNote.lines(runRules.of(period), period, progress),
                        verification.bulletinNotes(period, revision)));
    }

    private static List<String> withNotes(List<String> method, List<String> notes) {
        if (notes.isEmpty()) {
            return method;
        }
        List<String> all = new ArrayList<>(method);
        all.addAll(notes);
        return all;
    }

    /** The indicator columns of the period's ranking tables and every unit's cells in them. */
    public RankingColumns rankingColumns(YearMonth period) {
        return RankingColumns.of(catalogueOf(period).all(), resultsByUnit(period));
    }

    /**
     * The indicators of the method the period was assessed under, in the method's order: the columns of every
     * table. A stored code the method no longer lists (results kept from an edited file) still shows, last.
     */
    private IndicatorCatalogue catalogueOf(YearMonth period) {
        return runRules.of(period).catalogue();
    }

    /** A stored result's indicator as the period's method defines it (names, unit, position). */
    private static Indicator resolved(IndicatorCatalogue catalogue, IndicatorResult r) {
        return catalogue.ofCode(r.indicator().code()).orElse(r.indicator());
    }

    public UnitScorecard unitScorecard(YearMonth period, String unitCode, LocalDate publishedOn, int revision) {
        return unitScorecard(period, unitCode, publishedOn, revision, escalation.ladderOf(period, unitCode));
    }

    /** The month's 预警 ladder of every unit, for {@link #unitScorecard} over many units. */
    public EscalationService.Ladder monthLadder(YearMonth period) {
        return escalation.ladder(period);
    }

    /** @param ladder the month's ladder holding this unit's rung ({@link #monthLadder} or the unit's own) */
    public UnitScorecard unitScorecard(
            YearMonth period, String unitCode, LocalDate publishedOn, int revision, EscalationService.Ladder ladder) {
        UnitScore score = results.findUnitScore(period, unitCode);
        if (score == null) {
            throw new IllegalStateException(unitCode + " 未参加 " + period + " 的评估");
        }
        AssessmentRules rules = runRules.of(period);
        IndicatorCatalogue catalogue = rules.catalogue();
        Map<Indicator, IndicatorResult> byIndicator = new TreeMap<>();
        results.findIndicatorResultsOfUnit(period, unitCode).forEach(r -> byIndicator.put(resolved(catalogue, r), r));
        Figures figures = ScorecardFigures.of(byIndicator, results.findAdjustmentsOfUnit(period, unitCode), rules);
        List<ScorePart> verified = verification.parts(period, score, revision, byIndicator);
        if (!verified.isEmpty()) {
            List<ScorePart> parts = new ArrayList<>(figures.parts());
            parts.addAll(verified);
            figures = new Figures(figures.lines(), figures.rates(), parts);
        }
        Long ledgerSource = ledgerSource(score, period);
        Warnings warnings = ScorecardWarnings.of(
                results.findWarningsOfUnit(period, unitCode), byIndicator, ledgerSource, rules, ledger);
        // The ladder step leads the 预警 section when the unit is not green (a green scorecard is unchanged).
        String step = EscalationNotice.stepText(ladder.of(unitCode), ladder.rules());
        if (step != null) {
            List<String> sentences = new ArrayList<>(warnings.sentences());
            sentences.add(0, "预警等级：" + step);
            warnings = new Warnings(sentences, warnings.projects(), warnings.note());
        }

        Indicator charted = chartedIndicator(rules);
        return scorecard(
                score,
                publishedOn,
                revision,
                figures,
                pipeline.of(ledgerSource),
                trend(unitCode, period, charted),
                warnings,
                charted.fullName());
    }

    /**
     * Every unit's scorecard as the Excel export reads it (indicators, rates and score parts; no ledger tables,
     * trend or warnings), in bulletin order, from three queries for the whole period rather than several per
     * unit. Each equals the full {@link #unitScorecard} with those parts left empty.
     */
    public List<UnitScorecard> workbookScorecards(YearMonth period, LocalDate publishedOn, int revision) {
        Map<String, Map<Indicator, IndicatorResult>> figuresByUnit = resultsByUnit(period);
        Map<String, List<ScoreAdjustment>> adjustmentsByUnit = new HashMap<>();
        for (ScoreAdjustment a : results.findAdjustments(period)) {
            adjustmentsByUnit
                    .computeIfAbsent(a.unitCode(), c -> new ArrayList<>())
                    .add(a);
        }
        AssessmentRules rules = runRules.of(period);
        List<UnitScorecard> all = new ArrayList<>();
        for (UnitScore score : results.findUnitScores(period)) {
            Figures figures = ScorecardFigures.of(
                    figuresByUnit.getOrDefault(score.unitCode(), Map.of()),
                    adjustmentsByUnit.getOrDefault(score.unitCode(), List.of()),
                    rules);
            all.add(scorecard(
                    score,
                    publishedOn,
                    revision,
                    figures,
                    List.of(),
                    List.of(),
                    Warnings.NONE,
                    chartedIndicator(rules).fullName()));
        }
        return all;
    }

    private UnitScorecard scorecard(
            UnitScore score,
            LocalDate publishedOn,
            int revision,
            Figures figures,
            List<PipelineLine> pipeline,
            List<TrendPoint> trend,
            Warnings warnings,
            String trendIndicator) {
        return new UnitScorecard(
                settings.cityName(),
                settings.issuer(),
                score.period(),
                publishedOn,
                revision,
                score.unitCode(),
                score.unitName(),
                score.groupName(),
                score.groupRank(),
                score.groupSize(),
                score.rankChange(),
                score.firstStreak(),
                score.totalScore(),
                score.grade(),
                score.reportStatus(),
                figures.lines(),
                figures.rates(),
                figures.parts(),
                pipeline,
                trend,
                warnings.sentences(),
                warnings.projects(),
                warnings.note(),
                trendIndicator);
    }

    /**
     * The indicator the trend chart shows: the method's first weighted indicator with a target (I1 under the
     * default method), else its first indicator with a target, else its first.
     */
    static Indicator chartedIndicator(AssessmentRules rules) {
        List<Indicator> all = rules.catalogue().all();
        return all.stream()
                .filter(i -> i.hasTarget() && rules.rule(i).weight().signum() > 0)
                .findFirst()
                .or(() -> all.stream().filter(Indicator::hasTarget).findFirst())
                .orElse(all.get(0));
    }

    /** The period's indicator results by unit and indicator. */
    private Map<String, Map<Indicator, IndicatorResult>> resultsByUnit(YearMonth period) {
        IndicatorCatalogue catalogue = catalogueOf(period);
        Map<String, Map<Indicator, IndicatorResult>> byUnit = new LinkedHashMap<>();
        for (IndicatorResult r : results.findIndicatorResults(period)) {
            // keyed by the method's indicator: a TreeMap orders (and finds) by the method's position
            byUnit.computeIfAbsent(r.unitCode(), c -> new TreeMap<>()).put(resolved(catalogue, r), r);
        }
        return byUnit;
    }

    /**
     * The ledger the unit was assessed on: its counting return of the period, or, for a unit that did not report,
     * the latest earlier one of the same year (what the assessment carried forward).
     */
    private Long ledgerSource(UnitScore score, YearMonth period) {
        if (score.submissionId() != null) {
            return score.submissionId();
        }
        ReturnSubmission source = submissions.findLatestCountingUpTo(score.unitCode(), period);
        return source == null || source.period().getYear() != period.getYear() ? null : source.id();
    }

    private List<TrendPoint> trend(String unitCode, YearMonth period, Indicator charted) {
        YearMonth january = YearMonth.of(period.getYear(), 1);
        Map<YearMonth, BigDecimal> i1 = new HashMap<>();
        for (IndicatorResult r : results.findIndicatorHistory(unitCode, charted, january, period)) {
            i1.put(r.period(), r.completionRate());
        }
        return results.findUnitScoresOfYear(unitCode, january, period).stream()
                .map(s -> new TrendPoint(s.period(), s.groupRank(), s.totalScore(), i1.get(s.period())))
                .toList();
    }
}
