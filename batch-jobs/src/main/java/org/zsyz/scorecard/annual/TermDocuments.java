package org.zsyz.scorecard.annual;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.ResultStage;
import org.zsyz.scorecard.report.term.TermBulletin;
import org.zsyz.scorecard.report.term.TermPdfWriter;
import org.zsyz.scorecard.report.term.TermScorecard;
import org.zsyz.scorecard.report.term.TermWorkbookWriter;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.term.TermAdjustment;
import org.zsyz.scorecard.store.term.TermIndicatorResult;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermRun;
import org.zsyz.scorecard.store.term.TermUnitResult;

/**
 * Writes a term's outputs into a folder from its stored results: the 考核结果通报, one scorecard per unit and the
 * xlsx (docs/annual.md, outputs). Every document says its stage.
 */
@Component
public class TermDocuments {

    private final TermMapper terms;
    private final AssessmentMapper months;
    private final ScorecardProperties settings;

    public TermDocuments(TermMapper terms, AssessmentMapper months, ScorecardProperties settings) {
        this.terms = terms;
        this.months = months;
        this.settings = settings;
    }

    public static String bulletinFile(Term term) {
        return term.word() + "考核结果通报-" + term.key() + ".pdf";
    }

    public static String unitFile(Term term, String code, String name) {
        return (code + "-" + name + "-" + term.key()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".pdf";
    }

    public static String workbookFile(Term term) {
        return term.word() + "考核结果-" + term.key() + ".xlsx";
    }

    /** @return the number of files written */
    public int write(Term term, ResultStage stage, LocalDate publishedOn, String stageNote, Path folder) {
        TermRun run = terms.findRun(term.key());
        if (run == null) {
            throw new IllegalStateException(term.title() + "尚未考核");
        }
        List<TermUnitResult> units = terms.findUnitResults(term.key());
        Map<String, List<TermIndicatorResult>> figures = terms.findIndicatorResults(term.key()).stream()
                .collect(Collectors.groupingBy(TermIndicatorResult::unitCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<TermAdjustment>> adjustments =
                terms.findAdjustments(term.key()).stream().collect(Collectors.groupingBy(TermAdjustment::unitCode));
        List<String> scored = figures.values().stream()
                .flatMap(List::stream)
                .filter(f -> f.weight() != null && f.weight().signum() > 0)
                .map(TermIndicatorResult::indicatorCode)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
        String date =
                publishedOn.getYear() + "年" + publishedOn.getMonthValue() + "月" + publishedOn.getDayOfMonth() + "日";
        TermPdfWriter pdf = new TermPdfWriter(publishedOn);
        TermBulletin bulletin = bulletin(term, stage, date, stageNote, run, units, figures, scored);
        pdf.writeBulletin(bulletin, folder.resolve(bulletinFile(term)));
        int files = 1;
        for (TermUnitResult u : units) {
            pdf.writeScorecard(
                    scorecard(
                            term,
                            stage,
                            date,
                            stageNote,
                            u,
                            figures.getOrDefault(u.unitCode(), List.of()),
                            adjustments.getOrDefault(u.unitCode(), List.of())),
                    folder.resolve(unitFile(term, u.unitCode(), u.unitName())));
            files++;
        }
        List<List<String>> detail = new ArrayList<>();
        for (TermUnitResult u : units) {
            for (TermIndicatorResult f : figures.getOrDefault(u.unitCode(), List.of())) {
                List<String> row = new ArrayList<>(List.of(u.groupName(), u.unitCode(), u.unitName()));
                row.addAll(figureRow(f));
                detail.add(row);
            }
        }
        List<String> detailColumns = new ArrayList<>(List.of("组别", "单位代码", "单位"));
        detailColumns.addAll(FIGURE_COLUMNS);
        new TermWorkbookWriter()
                .write(bulletin, detailColumns, detail, publishedOn, folder.resolve(workbookFile(term)));
        return files + 1;
    }

    private static final List<String> FIGURE_COLUMNS = List.of("指标", "计量单位", "年度目标", "期末累计", "完成率", "权重", "得分", "来源");

    private TermBulletin bulletin(
            Term term,
            ResultStage stage,
            String date,
            String note,
            TermRun run,
            List<TermUnitResult> units,
            Map<String, List<TermIndicatorResult>> figures,
            List<String> scored) {
        List<String> columns = new ArrayList<>(List.of("排名", "单位"));
        scored.forEach(code -> columns.add(name(code) + (isRate(code) ? "" : "完成率")));
        columns.addAll(List.of("平时", term.endWord(), "加减分", "总分", "等次", "连冠", "奖项"));
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        Map<String, List<String>> awards = new LinkedHashMap<>();
        for (TermUnitResult u : units) {
            Map<String, TermIndicatorResult> byCode = figures.getOrDefault(u.unitCode(), List.of()).stream()
                    .collect(Collectors.toMap(TermIndicatorResult::indicatorCode, Function.identity()));
            List<String> row = new ArrayList<>(
                    List.of(u.groupRank() == null ? "不排名" : u.groupRank().toString(), u.unitName()));
            for (String code : scored) {
                TermIndicatorResult f = byCode.get(code);
                row.add(f == null ? "—" : percent(isRate(code) ? f.valueYtd() : f.completionRate()));
            }
            row.addAll(List.of(
                    score(u.monthlyAverage()),
                    score(u.termEndScore()),
                    signed(u.adjustmentTotal()),
                    u.totalScore().toPlainString(),
                    u.grade().label(),
                    streak(u.firstStreak()),
                    u.award() == null ? "" : u.award()));
            groups.computeIfAbsent(u.groupName(), g -> new ArrayList<>()).add(row);
            if (u.award() != null) {
                awards.computeIfAbsent(u.award(), a -> new ArrayList<>())
                        .add(u.unitName() + (u.firstStreak() >= 2 ? "（" + streak(u.firstStreak()) + "）" : ""));
            }
        }
        return new TermBulletin(
                settings.cityName() + term.title() + "招商引资工作考核结果通报",
                stage.label(),
                settings.issuer(),
                date,
                note,
                run.methodSummary()
                        + (run.monthsMissing() == null ? "" : "（缺少月份：" + run.monthsMissing() + "，平时成绩按已有月份平均）"),
                columns,
                groups.entrySet().stream()
                        .map(e -> new TermBulletin.Group(e.getKey(), e.getValue()))
                        .toList(),
                awards.entrySet().stream()
                        .map(e -> e.getKey() + "：" + String.join("、", e.getValue()))
                        .toList());
    }

    private TermScorecard scorecard(
            Term term,
            ResultStage stage,
            String date,
            String note,
            TermUnitResult u,
            List<TermIndicatorResult> figures,
            List<TermAdjustment> adjustments) {
        List<String> headline = new ArrayList<>();
        headline.add((u.groupRank() == null
                        ? u.groupName() + "　不参与综合排名"
                        : u.groupName() + "第 " + u.groupRank() + " 名（共 " + u.groupSize() + " 个单位）")
                + "　总分 " + u.totalScore().toPlainString() + "　等次 " + u.grade().label());
        if (u.award() != null || u.firstStreak() >= 2) {
            headline.add((u.award() == null ? "" : "荣获“" + u.award() + "”")
                    + (u.firstStreak() >= 2 ? "　" + streak(u.firstStreak()) : ""));
        }
        List<List<String>> rows = figures.stream().map(TermDocuments::figureRow).toList();
        List<String> buildUp = new ArrayList<>();
        buildUp.add(u.scoreFormula());
        for (TermAdjustment a : adjustments) {
            buildUp.add("加减分：" + signed(a.points()) + " 分，" + a.reason());
        }
        figures.stream()
                .filter(TermIndicatorResult::verified)
                .forEach(f -> buildUp.add(name(f.indicatorCode()) + "按核定数 " + Decimals.plain(f.valueYtd()) + " 计分"));
        Map<YearMonth, UnitScore> monthly =
                months.findUnitScoresOfYear(u.unitCode(), term.firstMonth(), term.lastMonth()).stream()
                        .collect(Collectors.toMap(UnitScore::period, Function.identity()));
        List<TermScorecard.MonthPoint> points = term.months().stream()
                .map(m -> {
                    UnitScore s = monthly.get(m);
                    return new TermScorecard.MonthPoint(
                            m.getMonthValue() + "月",
                            s == null ? null : s.totalScore(),
                            s == null ? null : s.groupRank(),
                            s == null ? 0 : s.groupSize());
                })
                .toList();
        List<List<String>> history = terms.findHistoryOfUnit(u.unitCode(), term.key()).stream()
                .limit(5)
                .map(h -> List.of(
                        h.term(),
                        h.groupName(),
                        h.groupRank() == null ? "不排名" : h.groupRank() + "/" + h.groupSize(),
                        h.totalScore().toPlainString(),
                        h.grade().label(),
                        h.award() == null ? "" : h.award(),
                        streak(h.firstStreak())))
                .toList();
        return new TermScorecard(
                settings.cityName() + term.title() + "招商引资工作考核成绩单",
                stage.label(),
                u.unitName() + "（" + u.unitCode() + "）",
                date,
                note,
                headline,
                FIGURE_COLUMNS,
                rows,
                buildUp,
                points,
                List.of(term.isYear() ? "年度" : "季度", "组别", "排名", "总分", "等次", "奖项", "连冠"),
                history);
    }

    private static List<String> figureRow(TermIndicatorResult f) {
        boolean rate = isRate(f.indicatorCode());
        return List.of(
                name(f.indicatorCode()),
                Indicator.ofCode(f.indicatorCode())
                        .map(Indicator::unitOfMeasure)
                        .orElse(""),
                rate ? "—" : Decimals.plain4(f.targetValue()),
                rate ? percent(f.valueYtd()) : Decimals.plain4(f.valueYtd()),
                rate ? "—" : percent(f.completionRate()),
                f.weight() == null ? "不计分" : Decimals.plain4(f.weight()),
                score(f.score()),
                f.verified() ? "核定数" : "月报");
    }

    private static String name(String code) {
        return Indicator.ofCode(code).map(Indicator::fullName).orElse(code);
    }

    private static boolean isRate(String code) {
        return Indicator.ofCode(code).map(i -> !i.hasTarget()).orElse(false);
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : Decimals.displayPercent(ratio).toPlainString() + "%";
    }

    static String score(BigDecimal value) {
        return value == null ? "—" : Decimals.display2(value).toPlainString();
    }

    static String signed(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "0";
        }
        return (value.signum() > 0 ? "+" : "") + Decimals.plain(value);
    }

    static String streak(int n) {
        return n >= 2 ? TermAssessor.streakLabel(n) : "";
    }
}
