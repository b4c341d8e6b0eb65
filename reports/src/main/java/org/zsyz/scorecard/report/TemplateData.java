package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * Turns the report records into what the templates read: parameter maps and lists of maps with the figures
 * already formatted by {@link Formats}. Doubles appear only as chart geometry ({@code totalValue}, {@code rate}).
 * This class holds the unit scorecard's data and what both documents share; {@link BulletinTemplateData} the
 * bulletin's.
 */
final class TemplateData {

    static final String CHANGE_UP_COLOUR = "#B22222";
    static final String CHANGE_DOWN_COLOUR = "#2E7D32";

    private TemplateData() {}

    // ---------------------------------------------------------------- unit scorecard

    private static final List<String> DEFAULT_RATES = List.of("合同履约率", "项目开工率", "资金到位率");

    /** The default method's three rates keep their heading; a method's own ratios are named. */
    private static String ratesTitle(List<RateLine> rates) {
        List<String> names = rates.stream().map(RateLine::name).toList();
        return names.equals(DEFAULT_RATES) ? "合同履约、项目开工与资金到位" : String.join("、", names);
    }

    static Map<String, Object> scorecardParameters(UnitScorecard s) {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", s.title());
        p.put("SUBTITLE", s.unitName() + "（" + s.unitCode() + "）");
        p.put("ISSUER_LINE", issuerLine(s.issuer(), s.publishedOn()));
        p.put("REVISION_MARK", Formats.revisionMark(s.revision()));
        p.put("UNIT", s.unitName() + "（" + s.unitCode() + "）");
        p.put("PERIOD_TEXT", Periods.span(s.period()));
        p.put("GROUP", s.groupName());
        p.put("RANK_TEXT", s.rank() == null ? "不参与排名" : "第" + s.rank() + "名 / 共" + s.rankedInGroup() + "个");
        p.put("GRADE", nz(Formats.label(s.grade())));
        p.put("CHANGE", s.rank() == null ? Formats.NONE : nz(s.rankChange()));
        p.put("CHANGE_COLOUR", changeColour(s.rankChange()));
        p.put("STREAK", s.firstStreak() > 0 ? s.firstStreak() + "个月" : Formats.NONE);
        p.put("STATUS", nz(Formats.label(s.reportStatus())));
        p.put("STATUS_COLOUR", s.reportStatus() == ReportStatus.REPORTED ? null : CHANGE_UP_COLOUR);
        p.put("TOTAL", Formats.score(s.totalScore()));

        List<Map<String, ?>> indicators = new ArrayList<>();
        for (IndicatorLine l : s.indicators()) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", l.name());
            m.put("uom", l.unitOfMeasure());
            m.put("target", Formats.figure(l.target(), l.unitOfMeasure()));
            m.put("scheduleTarget", Formats.scheduleTarget(l.scheduleTarget(), l.unitOfMeasure()));
            m.put("ytd", Formats.figure(l.ytd(), l.unitOfMeasure()));
            m.put("rate", Formats.percent(l.completionRate()));
            m.put("gap", Formats.points(l.scheduleGap()));
            m.put("yoy", Formats.signedPercent(l.yoy()));
            m.put("score", Formats.score(l.score()));
            m.put("rank", Formats.rank(l.rank()));
            m.put("fill", l.band() == null ? null : l.band().fillColour());
            indicators.add(m);
        }
        p.put("INDICATORS", indicators);

        List<Map<String, ?>> rates = new ArrayList<>();
        for (RateLine r : s.rates()) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", r.name());
            m.put("calc", rateCalculation(r));
            m.put("rate", Formats.percent(r.rate()));
            m.put("benchmark", Formats.percent(r.benchmark()));
            m.put(
                    "score",
                    r.score() == null
                            ? Formats.NONE
                            : Formats.score(r.score()) + (r.weight() == null ? "" : " / " + Formats.score(r.weight())));
            m.put("rank", Formats.rank(r.rank()));
            rates.add(m);
        }
        p.put("RATES", rates);
        // the 比率 section only when the method has indicators without a target; the later sections renumber
        p.put("RATES_TITLE", rates.isEmpty() ? null : "二、" + ratesTitle(s.rates()));
        p.put("SECTION_NUMBERS", rates.isEmpty() ? List.of("二", "三", "四", "五") : List.of("三", "四", "五", "六"));

        List<Map<String, ?>> parts = new ArrayList<>();
        for (ScorePart part : s.scoreParts()) {
            Map<String, Object> m = new HashMap<>();
            m.put("label", part.label());
            boolean adjustment = part.label() != null
                    && (part.label().startsWith("加分") || part.label().startsWith("扣分"));
            m.put("points", adjustment ? Formats.signedScore(part.points()) : Formats.score(part.points()));
            m.put("pointsColour", part.points() != null && part.points().signum() < 0 ? CHANGE_UP_COLOUR : null);
            m.put("explanation", part.explanation() == null ? "" : part.explanation());
            parts.add(m);
        }
        p.put("PARTS", parts);

        p.put("PIPE_STATUS", pipeline(s.pipeline(), "项目状态"));
        p.put("PIPE_CATEGORY", pipeline(s.pipeline(), "产业类别"));

        List<Map<String, ?>> trend = new ArrayList<>();
        for (TrendPoint t : s.trend()) {
            Map<String, Object> m = new HashMap<>();
            m.put("month", Integer.toString(t.month().getMonthValue()));
            m.put("series", s.trendIndicator() + "完成率(%)");
            // chart geometry only: the percentage as a double, already rounded for display
            m.put(
                    "rate",
                    t.i1CompletionRate() == null
                            ? null
                            : t.i1CompletionRate()
                                    .movePointRight(2)
                                    .setScale(2, java.math.RoundingMode.HALF_UP)
                                    .doubleValue());
            m.put("rank", t.rank());
            m.put("rateLabel", Formats.percent(t.i1CompletionRate()));
            trend.add(m);
        }
        p.put("TREND", trend);
        p.put("RANKED_IN_GROUP", s.rankedInGroup());

        List<Map<String, ?>> warnings = new ArrayList<>();
        int n = 0;
        for (String w : s.warnings()) {
            warnings.add(Map.of("text", s.warnings().size() > 1 ? (++n) + ". " + w : w));
        }
        p.put("WARNINGS", warnings);
        List<Map<String, ?>> alerts = new ArrayList<>();
        for (ProjectAlert a : s.projectAlerts()) {
            Map<String, Object> m = new HashMap<>();
            m.put("projectNo", nz(a.projectNo()));
            m.put("projectName", nz(a.projectName()));
            m.put("signedOn", a.signedOn() == null ? Formats.NONE : a.signedOn().toString());
            m.put("amount", Formats.money(a.contractAmount()));
            m.put("alert", nz(a.alert()));
            alerts.add(m);
        }
        p.put("ALERTS", alerts);
        p.put("ALERT_COUNT", alerts.size());
        p.put(
                "ALERTS_TITLE",
                "需督办项目" + alerts.size() + "个"
                        + (s.alertNote() == null || s.alertNote().isBlank() ? "" : "（" + s.alertNote() + "）"));
        p.put("NO_WARNINGS", warnings.isEmpty() && alerts.isEmpty() ? "本期无预警事项。" : null);
        p.put("LEGEND", legend());
        return p;
    }

    static String rateCalculation(RateLine r) {
        if (r.numerator() == null || r.denominator() == null) {
            return Formats.NONE;
        }
        boolean money = "R_FUNDS".equals(r.code()) || !isWhole(r.numerator()) || !isWhole(r.denominator());
        String uom = money ? "亿元" : "个";
        return Formats.figure(r.numerator(), uom) + " ÷ " + Formats.figure(r.denominator(), uom) + "（" + uom + "）";
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static List<Map<String, ?>> pipeline(List<PipelineLine> lines, String dimension) {
        List<Map<String, ?>> out = new ArrayList<>();
        int projects = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (PipelineLine l : lines) {
            if (!dimension.equals(l.dimension())) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", l.label());
            m.put("projects", Integer.toString(l.projects()));
            m.put("amount", Formats.money(l.contractAmount()));
            m.put("total", false);
            out.add(m);
            projects += l.projects();
            amount = amount.add(l.contractAmount() == null ? BigDecimal.ZERO : l.contractAmount());
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("label", "合计");
        total.put("projects", Integer.toString(projects));
        total.put("amount", Formats.money(amount));
        total.put("total", true);
        out.add(total);
        return out;
    }

    // ---------------------------------------------------------------- shared

    static String issuerLine(String issuer, java.time.LocalDate publishedOn) {
        return nz(issuer) + "　　" + Formats.date(publishedOn) + "发布";
    }

    static String changeColour(String change) {
        if (change == null) {
            return null;
        }
        if (change.startsWith("↑")) {
            return CHANGE_UP_COLOUR;
        }
        if (change.startsWith("↓")) {
            return CHANGE_DOWN_COLOUR;
        }
        return null;
    }

    static List<Map<String, ?>> legend() {
        List<Map<String, ?>> legend = new ArrayList<>();
        for (ColourBand band : ColourBand.values()) {
            legend.add(Map.of("label", bandRange(band) + " " + band.label(), "fill", band.fillColour()));
        }
        return legend;
    }

    /** The 序时差 range of a band, docs/method.md (Colours and warnings). */
    static String bandRange(ColourBand band) {
        return switch (band) {
            case GREEN -> "≥0";
            case LIGHT_GREEN -> "0～−10";
            case YELLOW -> "−10～−30";
            case RED -> "<−30";
        };
    }

    private static String nz(String s) {
        return s == null ? Formats.NONE : s;
    }
}
