package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * Turns the report records into what the templates read: parameter maps and lists of maps with the figures
 * already formatted by {@link Formats}. Doubles appear only as chart geometry ({@code totalValue}, {@code rate}).
 */
final class TemplateData {

    /** The bulletin's ranking table has room for this many indicator columns (56 pt each on A4 landscape). */
    static final int MAX_BULLETIN_INDICATORS = 10;

    static final String CHANGE_UP_COLOUR = "#B22222";
    static final String CHANGE_DOWN_COLOUR = "#2E7D32";

    private TemplateData() {
    }

    // ---------------------------------------------------------------- bulletin

    static Map<String, Object> bulletinParameters(Bulletin b) {
        if (b.indicators().size() > MAX_BULLETIN_INDICATORS) {
            throw new IllegalArgumentException("the bulletin has " + b.indicators().size()
                    + " indicator columns; its A4 landscape table holds at most " + MAX_BULLETIN_INDICATORS);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", b.title());
        p.put("ISSUER_LINE", issuerLine(b.issuer(), b.publishedOn()));
        p.put("REVISION_MARK", Formats.revisionMark(b.revision()));
        List<Map<String, ?>> headings = new ArrayList<>();
        for (IndicatorHeading h : b.indicators()) {
            headings.add(Map.of("name", h.shortName()));
        }
        p.put("INDICATORS", headings);
        p.put("LEGEND", legend());
        p.put("LEGEND_NOTE", "指标栏：完成率（组内单项排名）；序时差 = 完成率 − 序时进度");
        p.put("METHOD_NOTE", numbered(b.methodNote()));
        p.put("GROUP_CHARTS", groupCharts(b));
        return p;
    }

    static List<Map<String, ?>> bulletinRows(Bulletin b) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int groupNo = 0;
        for (GroupRanking g : b.groups()) {
            groupNo++;
            long ranked = g.rows().stream().filter(r -> r.rank() != null).count();
            String groupInfo = "参与排名 " + ranked + " 个" + (ranked < g.rows().size()
                    ? "，不参与排名 " + (g.rows().size() - ranked) + " 个" : "");
            for (RankingRow r : g.rows()) {
                if (r.cells().size() != b.indicators().size()) {
                    throw new IllegalArgumentException("unit " + r.unitCode() + " has " + r.cells().size()
                            + " indicator cells but the bulletin has " + b.indicators().size() + " indicator columns");
                }
                Map<String, Object> m = new HashMap<>();
                m.put("groupKey", groupNo + ":" + g.groupName());
                m.put("groupTitle", Formats.chineseOrdinal(groupNo) + "、" + g.groupName());
                m.put("groupInfo", groupInfo);
                m.put("redList", names(g.redList()));
                m.put("blackList", names(g.blackList()));
                m.put("rank", Formats.rank(r.rank()));
                m.put("change", r.rankChange());
                m.put("changeColour", changeColour(r.rankChange()));
                m.put("unitName", r.unitName());
                m.put("unitNote", unitNote(r.rank() != null, r.reportStatus()));
                m.put("total", Formats.score(r.totalScore()));
                m.put("grade", Formats.label(r.grade()));
                List<Map<String, ?>> cells = new ArrayList<>();
                for (IndicatorCell c : r.cells()) {
                    Map<String, Object> cell = new HashMap<>();
                    cell.put("text", Formats.rateWithRank(c.completionRate(), c.rank()));
                    cell.put("fill", c.band() == null ? null : c.band().fillColour());
                    cells.add(cell);
                }
                m.put("cells", cells);
                rows.add(m);
            }
        }
        return rows;
    }

    /** A chart holds at most this many bars; a larger group is shown in several charts, in rank order. */
    static final int MAX_BARS_PER_CHART = 15;

    /**
     * Bar charts of the groups' total scores (unit names and totals, as doubles: chart geometry only), three charts
     * to a row: fields title1/rows1 … title3/rows3, and one value axis for all of them (axisMin, axisMax) so that
     * bars compare across groups. A group of more than {@value #MAX_BARS_PER_CHART} units takes several charts.
     * (Jasper 7.0.3 draws only the first chart of a horizontal list, so the rows are a vertical list with three
     * chart slots.)
     */
    static List<Map<String, ?>> groupCharts(Bulletin b) {
        List<Map<String, Object>> charts = new ArrayList<>();
        BigDecimal highest = BigDecimal.valueOf(100);
        BigDecimal lowest = BigDecimal.ZERO;
        int groupNo = 0;
        for (GroupRanking g : b.groups()) {
            groupNo++;
            List<Map<String, ?>> bars = new ArrayList<>();
            for (RankingRow r : g.rows()) {
                Map<String, Object> bar = new HashMap<>();
                bar.put("unitName", r.rank() == null ? r.unitName() + "*" : r.unitName());
                bar.put("total", Formats.score(r.totalScore()));
                bar.put("totalValue", r.totalScore() == null ? null : r.totalScore().doubleValue());
                bars.add(bar);
                if (r.totalScore() != null) {
                    highest = highest.max(r.totalScore());
                    lowest = lowest.min(r.totalScore());
                }
            }
            String title = Formats.chineseOrdinal(groupNo) + "、" + g.groupName()
                    + (g.rows().stream().anyMatch(r -> r.rank() == null) ? "（*不参与排名）" : "");
            for (int from = 0; from < bars.size(); from += MAX_BARS_PER_CHART) {
                int to = Math.min(bars.size(), from + MAX_BARS_PER_CHART);
                charts.add(Map.of("title", bars.size() <= MAX_BARS_PER_CHART ? title
                        : title + "（" + (from + 1) + "—" + to + "）", "rows", bars.subList(from, to)));
            }
        }
        // room right of the longest bar for its label; whole tens
        double axisMax = Math.ceil(highest.doubleValue() * 1.12 / 10) * 10;
        double axisMin = lowest.signum() < 0 ? Math.floor(lowest.doubleValue() / 10) * 10 : 0;
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < charts.size(); i += 3) {
            Map<String, Object> row = new HashMap<>();
            for (int k = 0; k < 3 && i + k < charts.size(); k++) {
                row.put("title" + (k + 1), charts.get(i + k).get("title"));
                row.put("rows" + (k + 1), charts.get(i + k).get("rows"));
            }
            row.put("axisMin", axisMin);
            row.put("axisMax", axisMax);
            rows.add(row);
        }
        return rows;
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

    // ---------------------------------------------------------------- unit scorecard

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
            m.put("score", r.score() == null ? Formats.NONE
                    : Formats.score(r.score()) + (r.weight() == null ? "" : " / " + Formats.score(r.weight())));
            m.put("rank", Formats.rank(r.rank()));
            rates.add(m);
        }
        p.put("RATES", rates);

        List<Map<String, ?>> parts = new ArrayList<>();
        for (ScorePart part : s.scoreParts()) {
            Map<String, Object> m = new HashMap<>();
            m.put("label", part.label());
            boolean adjustment = part.label() != null && (part.label().startsWith("加分") || part.label().startsWith("扣分"));
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
            // chart geometry only: the percentage as a double, already rounded for display
            m.put("rate", t.i1CompletionRate() == null ? null
                    : t.i1CompletionRate().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
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
        p.put("ALERTS_TITLE", "需督办项目" + alerts.size() + "个"
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

    static String unitNote(boolean ranked, ReportStatus reportStatus) {
        List<String> notes = new ArrayList<>();
        if (reportStatus != null && reportStatus != ReportStatus.REPORTED) {
            notes.add(reportStatus.label());
        }
        if (!ranked) {
            notes.add("不参与排名");
        }
        return notes.isEmpty() ? null : String.join("·", notes);
    }

    static String names(List<String> names) {
        return names == null || names.isEmpty() ? Formats.NONE : String.join("、", names);
    }

    static String numbered(List<String> sentences) {
        if (sentences == null || sentences.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            lines.add((i + 1) + ". " + sentences.get(i));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String nz(String s) {
        return s == null ? Formats.NONE : s;
    }
}
