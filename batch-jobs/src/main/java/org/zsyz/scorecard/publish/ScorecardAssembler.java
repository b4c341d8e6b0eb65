package org.zsyz.scorecard.publish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.AssessmentMapper;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.AssessmentRun;
import org.zsyz.scorecard.assess.AssessmentWarning;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.assess.IndicatorResult;
import org.zsyz.scorecard.assess.MethodNote;
import org.zsyz.scorecard.assess.RulesYaml;
import org.zsyz.scorecard.assess.ScoreAdjustment;
import org.zsyz.scorecard.assess.UnitScore;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.indicator.Indicator;
import org.zsyz.scorecard.project.ProjectStatus;
import org.zsyz.scorecard.report.Bulletin;
import org.zsyz.scorecard.report.ColourBand;
import org.zsyz.scorecard.report.GroupRanking;
import org.zsyz.scorecard.report.IndicatorCell;
import org.zsyz.scorecard.report.IndicatorHeading;
import org.zsyz.scorecard.report.IndicatorLine;
import org.zsyz.scorecard.report.PipelineLine;
import org.zsyz.scorecard.report.RankingRow;
import org.zsyz.scorecard.report.RateLine;
import org.zsyz.scorecard.report.ScorePart;
import org.zsyz.scorecard.report.TrendPoint;
import org.zsyz.scorecard.report.UnitScorecard;
import org.zsyz.scorecard.returns.LedgerProjectMapper;
import org.zsyz.scorecard.returns.LedgerTally;
import org.zsyz.scorecard.returns.ReturnSubmission;
import org.zsyz.scorecard.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.unit.AssessedUnitMapper;
import org.zsyz.scorecard.unit.AssessmentGroup;

/** Turns a period's stored results into the documents' models: the bulletin and each unit's scorecard. */
@Component
public class ScorecardAssembler {

    private final AssessmentMapper results;
    private final AssessedUnitMapper units;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final AssessmentRulesSource rulesSource;
    private final ScorecardProperties settings;

    public ScorecardAssembler(AssessmentMapper results, AssessedUnitMapper units, ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger, AssessmentRulesSource rulesSource, ScorecardProperties settings) {
        this.results = results;
        this.units = units;
        this.submissions = submissions;
        this.ledger = ledger;
        this.rulesSource = rulesSource;
        this.settings = settings;
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
        Map<String, Map<Indicator, IndicatorResult>> byUnit = new HashMap<>();
        for (IndicatorResult r : results.findIndicatorResults(period)) {
            byUnit.computeIfAbsent(r.unitCode(), c -> new EnumMap<>(Indicator.class)).put(r.indicator(), r);
        }
        List<Indicator> columns = List.of(Indicator.values());
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
                Map<Indicator, IndicatorResult> figures = byUnit.getOrDefault(s.unitCode(), Map.of());
                List<IndicatorCell> cells = new ArrayList<>();
                for (Indicator i : columns) {
                    IndicatorResult r = figures.get(i);
                    cells.add(r == null ? new IndicatorCell(i.name(), null, null, null)
                            : new IndicatorCell(i.name(), r.completionRate(), r.indicatorRank(), band(r.colourBand())));
                }
                rows.add(new RankingRow(s.groupRank(), s.rankChange(), s.unitCode(), s.unitName(), s.totalScore(),
                        s.grade(), reportStatus(s.reportStatus()), cells));
                if ("RED".equals(s.listMark())) {
                    red.add(s.unitName());
                } else if ("BLACK".equals(s.listMark())) {
                    black.add(s.unitName());
                }
            }
            tables.add(new GroupRanking(group.getKey(), rows, red, black));
        }
        List<IndicatorHeading> headings = columns.stream().map(i -> new IndicatorHeading(i.name(), i.shortName()))
                .toList();
        return new Bulletin(settings.cityName(), settings.issuer(), period, publishedOn, revision, headings, tables,
                MethodNote.lines(rulesOf(period)));
    }

    public UnitScorecard unitScorecard(YearMonth period, String unitCode, LocalDate publishedOn, int revision) {
        UnitScore score = results.findUnitScore(period, unitCode);
        if (score == null) {
            throw new IllegalStateException(unitCode + " 未参加 " + period + " 的评估");
        }
        List<IndicatorResult> figures = results.findIndicatorResultsOfUnit(period, unitCode);
        Map<Indicator, IndicatorResult> byIndicator = new EnumMap<>(Indicator.class);
        figures.forEach(r -> byIndicator.put(r.indicator(), r));
        AssessmentRules rules = rulesOf(period);

        List<IndicatorLine> lines = new ArrayList<>();
        List<RateLine> rates = new ArrayList<>();
        List<ScorePart> parts = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            IndicatorResult r = byIndicator.get(i);
            if (r == null) {
                continue;
            }
            if (i.hasTarget()) {
                lines.add(new IndicatorLine(i.name(), i.fullName(), i.unitOfMeasure(), r.targetValue(),
                        r.scheduleTarget(), r.valueYtd(), r.completionRate(), r.scheduleGap(), r.yoyRate(), r.score(),
                        r.weight(), r.indicatorRank(), band(r.colourBand())));
            } else {
                rates.add(new RateLine(i.name(), i.fullName(), r.numerator(), r.denominator(), r.valueYtd(),
                        r.benchmark() != null ? r.benchmark() : rules.rule(i).benchmark(), r.score(), r.weight(),
                        r.indicatorRank()));
            }
            if (r.score() != null) {
                parts.add(new ScorePart(i.fullName(), Decimals.display2(r.score()), r.formula()));
            } else if (rules.rule(i).weight().signum() > 0) {
                parts.add(new ScorePart(i.fullName(), null, r.formula() != null ? r.formula()
                        : i.hasTarget() ? "未设目标，不计分，权重按比例分摊" : "本期无签约项目，不计分，权重按比例分摊"));
            }
        }
        for (ScoreAdjustment a : results.findAdjustmentsOfUnit(period, unitCode)) {
            String reason = a.reason().startsWith("加分：") || a.reason().startsWith("扣分：") ? a.reason()
                    : ("BONUS".equals(a.kind()) ? "加分：" : "扣分：") + a.reason();
            parts.add(new ScorePart(reason, a.points(), null));
        }
        List<String> warnings = results.findWarningsOfUnit(period, unitCode).stream()
                .map(AssessmentWarning::message).toList();

        return new UnitScorecard(settings.cityName(), settings.issuer(), period, publishedOn, revision, unitCode,
                score.unitName(), score.groupName(), score.groupRank(), score.groupSize(), score.rankChange(),
                score.firstStreak(), score.totalScore(), score.grade(), reportStatus(score.reportStatus()), lines, rates,
                parts, pipeline(unitCode, period), trend(unitCode, period), warnings);
    }

    private List<PipelineLine> pipeline(String unitCode, YearMonth period) {
        ReturnSubmission source = submissions.findLatestCountingUpTo(unitCode, period);
        if (source == null || source.period().getYear() != period.getYear()) {
            return List.of();
        }
        List<PipelineLine> lines = new ArrayList<>();
        Map<String, LedgerTally> byStatus = new HashMap<>();
        ledger.tallyByStatus(source.id()).forEach(t -> byStatus.put(t.label(), t));
        for (ProjectStatus status : ProjectStatus.values()) {
            LedgerTally t = byStatus.get(status.label());
            lines.add(new PipelineLine("项目状态", status.label(), t == null ? 0 : t.projects(),
                    t == null ? BigDecimal.ZERO : t.contractAmount()));
        }
        for (LedgerTally t : ledger.tallyByIndustry(source.id())) {
            lines.add(new PipelineLine("产业类别", t.label(), t.projects(), t.contractAmount()));
        }
        return lines;
    }

    private List<TrendPoint> trend(String unitCode, YearMonth period) {
        YearMonth january = YearMonth.of(period.getYear(), 1);
        Map<YearMonth, BigDecimal> i1 = new HashMap<>();
        for (IndicatorResult r : results.findIndicatorHistory(unitCode, Indicator.I1, january, period)) {
            i1.put(r.period(), r.completionRate());
        }
        return results.findUnitScoresOfYear(unitCode, january, period).stream()
                .map(s -> new TrendPoint(s.period(), s.groupRank(), s.totalScore(), i1.get(s.period()))).toList();
    }

    /**
     * The method that produced the period's results: the text stored with the run, so that a file edited
     * since does not change how published results are explained; the year's current method for results
     * stored before the text was kept.
     */
    private AssessmentRules rulesOf(YearMonth period) {
        AssessmentRun run = results.findRun(period);
        if (run != null && run.configText() != null) {
            return RulesYaml.parse(run.configText(), run.configSource(), null);
        }
        return rulesSource.rulesFor(period.getYear());
    }

    private static ColourBand band(String name) {
        return name == null ? null : ColourBand.valueOf(name);
    }

    private static String reportStatus(String status) {
        return switch (status) {
            case "LATE" -> "逾期";
            case "MISSING" -> "未报送";
            default -> "已报送";
        };
    }
}
