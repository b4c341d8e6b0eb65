package org.zsyz.scorecard.report;

import static org.zsyz.scorecard.report.TemplateData.changeColour;
import static org.zsyz.scorecard.report.TemplateData.issuerLine;
import static org.zsyz.scorecard.report.TemplateData.legend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zsyz.scorecard.domain.ReportStatus;

/** The bulletin's side of {@link TemplateData}: its parameters, ranking rows and group charts. */
final class BulletinTemplateData {

    /** One row of the ranking table has room for this many indicator columns (56 pt each on A4 landscape). */
    static final int COLUMNS_PER_ROW = 10;

    /**
     * A method with more indicators wraps them onto further rows of the same table (heads and cells alike); beyond
     * three rows a unit's line would no longer be readable at a glance.
     */
    static final int MAX_BULLETIN_INDICATORS = 3 * COLUMNS_PER_ROW;

    private BulletinTemplateData() {}

    static Map<String, Object> bulletinParameters(Bulletin b) {
        if (b.indicators().size() > MAX_BULLETIN_INDICATORS) {
            throw new IllegalArgumentException(
                    "the bulletin has " + b.indicators().size()
                            + " indicator columns; its A4 landscape table holds at most " + MAX_BULLETIN_INDICATORS
                            + " (three rows of " + COLUMNS_PER_ROW + ")");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", b.title());
        p.put("ISSUER_LINE", issuerLine(b.issuer(), b.publishedOn()));
        p.put("REVISION_MARK", Formats.revisionMark(b.revision()));
        List<Map<String, ?>> headings = new ArrayList<>();
        for (IndicatorHeading h : b.indicators()) {
            headings.add(Map.of("name", h.shortName()));
        }
        for (int pad = padding(b.indicators().size()); pad > 0; pad--) {
            headings.add(Map.of("name", ""));
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
            String groupInfo = "参与排名 " + ranked + " 个"
                    + (ranked < g.rows().size() ? "，不参与排名 " + (g.rows().size() - ranked) + " 个" : "");
            for (RankingRow r : g.rows()) {
                if (r.cells().size() != b.indicators().size()) {
                    throw new IllegalArgumentException("unit " + r.unitCode() + " has "
                            + r.cells().size() + " indicator cells but the bulletin has "
                            + b.indicators().size() + " indicator columns");
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
                for (int pad = padding(r.cells().size()); pad > 0; pad--) {
                    Map<String, Object> cell = new HashMap<>();
                    cell.put("text", "");
                    cell.put("fill", null);
                    cells.add(cell);
                }
                m.put("cells", cells);
                rows.add(m);
            }
        }
        return rows;
    }

    /** Empty cells that complete the last row of a wrapped table (none when the indicators fit on one row). */
    static int padding(int columns) {
        return columns <= COLUMNS_PER_ROW ? 0 : (COLUMNS_PER_ROW - columns % COLUMNS_PER_ROW) % COLUMNS_PER_ROW;
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
                bar.put(
                        "totalValue",
                        r.totalScore() == null ? null : r.totalScore().doubleValue());
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
                charts.add(Map.of(
                        "title",
                        bars.size() <= MAX_BARS_PER_CHART ? title : title + "（" + (from + 1) + "—" + to + "）",
                        "rows",
                        bars.subList(from, to)));
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
}
