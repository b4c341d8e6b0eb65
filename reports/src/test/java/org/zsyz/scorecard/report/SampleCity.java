package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * A sample city (示例市) for the rendering tests: three groups (县市区, 城区, 开发区), 13 units, including the worked
 * example (docs/method.md) 牧野区 410711 (I1 22.735 / 19.8 → 114.82%, I2 19.9 / 18 → 110.56%, I3 4289 / 2699 →
 * 158.91%; at 12月 the schedule is 100%, so 序时差 +14.82), an unranked unit, a unit that sent no return and
 * missing targets.
 *
 * <p>Scores follow the default method (docs/method.md, Scores: ratio method capped at 1.2, rate method capped at 1)
 * so that the figures are plausible; this is test data, not the scoring engine.
 */
final class SampleCity {

    static final MathContext MC = MathContext.DECIMAL64;
    static final YearMonth PERIOD = YearMonth.of(2025, 12);
    static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 8);

    static final String ALERT_NOTE = "超期未开工：签约满6个月仍未开工；资金未到位：签约满12个月无资金到位";
    static final String[] PROJECT_NAMES = {"智能装备产业园项目", "半导体封装测试生产基地项目(三期)", "冷链物流园项目", "新能源电池材料项目(二期)", "文旅康养综合体项目"};

    static final String[] CODES = {"I1", "I2", "I3", "I4", "I5", "I6", "I7"};
    static final String[] NAMES = {"到位市外资金", "其中省外资金", "实际利用外资", "新签约亿元以上项目", "新签约合同额", "新开工亿元以上项目", "外出招商"};
    static final String[] UOM = {"亿元", "亿元", "万美元", "个", "亿元", "个", "批次"};
    /** The default weights (docs/method.md, Scores); null = not scored. */
    static final BigDecimal[] WEIGHTS = {bd("25"), null, bd("15"), bd("10"), bd("10"), bd("15"), null};

    record Unit(
            String code,
            String name,
            String group,
            boolean ranked,
            String status,
            String[] targets,
            String[] ytd,
            String[] lastYear,
            int signed,
            int fulfilled,
            int started,
            String funds,
            String contract,
            String bonus,
            String deduction,
            String change,
            int streak) {}

    static final List<Unit> UNITS = List.of(
            // 县市区
            new Unit(
                    "410781",
                    "卫辉市",
                    "县市区",
                    true,
                    "已报送",
                    a("30", "22", "5000", "12", "60", "8", "40"),
                    a("31.2", "21.05", "4120", "11", "58.6", "7", "44"),
                    a("27.5", "19.1", "3800", "9", "50.2", "6", "38"),
                    14,
                    13,
                    11,
                    "18.4",
                    "55.2",
                    "3",
                    null,
                    "↑1",
                    0),
            new Unit(
                    "410782",
                    "辉县市",
                    "县市区",
                    true,
                    "已报送",
                    a("32", "24", "5200", "12", "62", "9", "40"),
                    a("35.6", "25.2", "6010", "14", "70.3", "10", "52"),
                    a("30.1", "22.4", "5100", "12", "61.5", "8", "47"),
                    16,
                    16,
                    14,
                    "25.9",
                    "72.5",
                    "7",
                    null,
                    "—",
                    3),
            new Unit(
                    "410783",
                    "长垣市",
                    "县市区",
                    true,
                    "已报送",
                    a("35", "26", "6000", "14", "70", "10", "45"),
                    a("29.4", "20.1", "4480", "10", "52.7", "7", "31"),
                    a("31.2", "24.3", "5200", "11", "60.4", "9", "40"),
                    12,
                    11,
                    8,
                    "12.1",
                    "49.8",
                    null,
                    null,
                    "↓1",
                    0),
            new Unit(
                    "410721",
                    "新乡县",
                    "县市区",
                    true,
                    "逾期",
                    a("20", "15", "3000", "8", "40", "6", "30"),
                    a("16.35", "10.2", "1650", "5", "26.1", "3", "24"),
                    a("17.8", "12.5", "2100", "6", "30.2", "4", "26"),
                    8,
                    7,
                    4,
                    "5.2",
                    "27.0",
                    null,
                    "-1",
                    "↓2",
                    0),
            new Unit(
                    "410724",
                    "获嘉县",
                    "县市区",
                    true,
                    "已报送",
                    a("18", "13", "2500", "6", "36", "5", null),
                    a("15.9", "12.8", "2260", "6", "31.5", "4", "19"),
                    a("14.2", "11.0", null, "5", "28.8", "4", "15"),
                    7,
                    7,
                    5,
                    "7.7",
                    "30.4",
                    null,
                    null,
                    "↑2",
                    0),
            new Unit(
                    "410725",
                    "原阳县",
                    "县市区",
                    true,
                    "未报送",
                    a("22", "16", "3500", "8", "45", "6", "32"),
                    a("9.8", "6.1", "820", "2", "12.4", "1", "11"),
                    a("12.6", "8.8", "1200", "3", "16.0", "2", "14"),
                    3,
                    2,
                    1,
                    "0.9",
                    "11.3",
                    null,
                    "-2",
                    "—",
                    0),
            // 城区 — 牧野区 is the worked example of docs/method.md
            new Unit(
                    "410711",
                    "牧野区",
                    "城区",
                    true,
                    "已报送",
                    a("19.8", "18", "2699", "6", "30", "4", "24"),
                    a("22.735", "19.9", "4289", "7", "33.8", "5", "27"),
                    a("19.6", "16.2", "3480", "6", "29.0", "4", "25"),
                    9,
                    9,
                    8,
                    "11.6",
                    "33.8",
                    "4",
                    null,
                    "↑1",
                    0),
            new Unit(
                    "410702",
                    "红旗区",
                    "城区",
                    true,
                    "已报送",
                    a("21", "17", "3000", "7", "32", "5", "24"),
                    a("20.2", "15.9", "2800", "6", "30.5", "4", "26"),
                    a("18.4", "15.0", "2650", "6", "27.9", "4", "22"),
                    8,
                    8,
                    6,
                    "9.1",
                    "30.5",
                    null,
                    null,
                    "↓1",
                    0),
            new Unit(
                    "410703",
                    "卫滨区",
                    "城区",
                    true,
                    "已报送",
                    a("16", "12", "2000", "5", "25", "4", "20"),
                    a("12.3", "8.8", "1510", "3", "18.2", "2", "15"),
                    a("13.0", "9.6", "1800", "4", "20.1", "3", "16"),
                    5,
                    4,
                    3,
                    "3.9",
                    "18.2",
                    null,
                    null,
                    "—",
                    0),
            new Unit(
                    "410704",
                    "凤泉区",
                    "城区",
                    true,
                    "逾期",
                    a("12", "9", "1500", "4", "18", "3", "16"),
                    a("7.45", "5.2", "640", "2", "9.6", "1", "10"),
                    a("8.2", "6.0", "700", "2", "11.4", "1", "12"),
                    3,
                    2,
                    1,
                    "1.1",
                    "9.6",
                    null,
                    "-1",
                    "新",
                    0),
            // 开发区 — 平原示范区 is shown but not ranked; 新乡经开区 has no 实际利用外资 target
            new Unit(
                    "GX01",
                    "新乡高新区",
                    "开发区",
                    true,
                    "已报送",
                    a("15", "11", "4000", "6", "28", "5", "20"),
                    a("16.8", "12.4", "4630", "7", "31.2", "6", "23"),
                    a("14.0", "10.2", "3900", "6", "25.1", "4", "18"),
                    8,
                    8,
                    7,
                    "10.5",
                    "31.2",
                    "3",
                    null,
                    "—",
                    5),
            new Unit(
                    "JK01",
                    "新乡经开区",
                    "开发区",
                    true,
                    "已报送",
                    a("14", "10", null, "5", "24", "4", "18"),
                    a("11.9", "8.4", "960", "4", "20.7", "3", "14"),
                    a("12.5", "9.1", null, "4", "19.6", "3", "15"),
                    6,
                    5,
                    4,
                    "6.0",
                    "20.7",
                    null,
                    null,
                    "—",
                    0),
            new Unit(
                    "PY01",
                    "平原示范区",
                    "开发区",
                    false,
                    "已报送",
                    a("10", "7", "1000", "3", "15", "2", "12"),
                    a("8.6", "6.3", null, "3", "13.9", "2", "13"),
                    a("7.9", "5.5", "600", "2", "12.0", "1", "10"),
                    4,
                    4,
                    3,
                    "4.4",
                    "13.9",
                    null,
                    null,
                    null,
                    0));

    static final String[] GROUPS = {"县市区", "城区", "开发区"};

    private SampleCity() {}

    static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static String[] a(String... v) {
        return v;
    }

    /** 序时进度 p(m) = m/12 (no configured schedule). */
    static BigDecimal schedule(YearMonth period) {
        return BigDecimal.valueOf(period.getMonthValue()).divide(BigDecimal.valueOf(12), MC);
    }

    static BigDecimal ratio(BigDecimal num, BigDecimal den) {
        if (num == null || den == null || den.signum() == 0) {
            return null;
        }
        return num.divide(den, MC);
    }

    static ColourBand band(BigDecimal gapPoints) {
        if (gapPoints == null) {
            return null;
        }
        if (gapPoints.signum() >= 0) {
            return ColourBand.GREEN;
        }
        if (gapPoints.compareTo(BigDecimal.valueOf(-10)) >= 0) {
            return ColourBand.LIGHT_GREEN;
        }
        if (gapPoints.compareTo(BigDecimal.valueOf(-30)) >= 0) {
            return ColourBand.YELLOW;
        }
        return ColourBand.RED;
    }

    /** Everything computed for one unit. */
    record Figures(
            Unit unit, List<IndicatorLine> lines, List<RateLine> rates, List<ScorePart> parts, BigDecimal total) {
        BigDecimal rate(String code) {
            for (IndicatorLine l : lines) {
                if (l.code().equals(code)) {
                    return l.completionRate();
                }
            }
            for (RateLine r : rates) {
                if (r.code().equals(code)) {
                    return r.rate();
                }
            }
            throw new IllegalArgumentException(code);
        }

        IndicatorLine line(String code) {
            return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
        }
    }

    static Figures figures(Unit u, YearMonth period) {
        BigDecimal p = schedule(period);
        List<IndicatorLine> lines = new ArrayList<>();
        List<ScorePart> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < CODES.length; i++) {
            BigDecimal target = bd(u.targets()[i]);
            BigDecimal ytd = bd(u.ytd()[i]);
            BigDecimal last = bd(u.lastYear()[i]);
            BigDecimal scheduleTarget = target == null ? null : target.multiply(p, MC);
            BigDecimal rate = ratio(ytd, target);
            BigDecimal gap = rate == null ? null : rate.subtract(p).movePointRight(2);
            BigDecimal yoy = (ytd == null || last == null || last.signum() == 0)
                    ? null
                    : ytd.subtract(last).divide(last, MC);
            BigDecimal weight = target == null ? null : WEIGHTS[i];
            BigDecimal score = null;
            if (weight != null && ytd != null) {
                BigDecimal r = ytd.divide(scheduleTarget, MC).min(new BigDecimal("1.2"));
                score = weight.multiply(r, MC);
                total = total.add(score);
                parts.add(new ScorePart(
                        NAMES[i],
                        score,
                        weight.stripTrailingZeros().toPlainString() + " × min(" + ytd.toPlainString() + " ÷ "
                                + scheduleTarget.stripTrailingZeros().toPlainString() + ", 1.2) = "
                                + Formats.score(score)));
            }
            lines.add(new IndicatorLine(
                    CODES[i],
                    NAMES[i],
                    UOM[i],
                    target,
                    scheduleTarget,
                    ytd,
                    rate,
                    gap,
                    yoy,
                    score,
                    weight,
                    null,
                    band(gap)));
        }
        List<RateLine> rates = new ArrayList<>();
        rates.add(rate(
                "R_FULFIL",
                "合同履约率",
                bd(Integer.toString(u.fulfilled())),
                bd(Integer.toString(u.signed())),
                new BigDecimal("1.00"),
                bd("7"),
                parts));
        rates.add(rate(
                "R_START",
                "项目开工率",
                bd(Integer.toString(u.started())),
                bd(Integer.toString(u.signed())),
                new BigDecimal("0.80"),
                bd("10"),
                parts));
        rates.add(rate("R_FUNDS", "资金到位率", bd(u.funds()), bd(u.contract()), new BigDecimal("0.30"), bd("8"), parts));
        for (RateLine r : rates) {
            if (r.score() != null) {
                total = total.add(r.score());
            }
        }
        if (u.bonus() != null) {
            BigDecimal bonus = bd(u.bonus());
            parts.add(new ScorePart("加分：500强及10亿元以上项目", bonus, "500强 +3，≥10亿元 +4，合计封顶 +10"));
            total = total.add(bonus);
        }
        if (u.deduction() != null) {
            BigDecimal d = bd(u.deduction());
            parts.add(new ScorePart(
                    d.compareTo(new BigDecimal("-2")) == 0 ? "扣分：未报送" : "扣分：逾期报送",
                    d,
                    d.compareTo(new BigDecimal("-2")) == 0 ? "本期未报送月报表 −2" : "报送晚于次月5日 −1"));
            total = total.add(d);
        }
        return new Figures(u, lines, rates, parts, total.setScale(2, RoundingMode.HALF_UP));
    }

    private static RateLine rate(
            String code,
            String name,
            BigDecimal num,
            BigDecimal den,
            BigDecimal benchmark,
            BigDecimal weight,
            List<ScorePart> parts) {
        BigDecimal rate = ratio(num, den);
        BigDecimal score =
                rate == null ? null : weight.multiply(rate.divide(benchmark, MC).min(BigDecimal.ONE), MC);
        if (score != null) {
            parts.add(new ScorePart(
                    name,
                    score,
                    weight.toPlainString() + " × min(" + Formats.percent(rate) + " ÷ " + Formats.percent(benchmark)
                            + ", 1) = " + Formats.score(score)));
        }
        return new RateLine(code, name, num, den, rate, benchmark, score, weight, null);
    }

    static List<IndicatorHeading> headings() {
        List<IndicatorHeading> h = new ArrayList<>();
        for (int i = 0; i < CODES.length; i++) {
            h.add(new IndicatorHeading(CODES[i], NAMES[i]));
        }
        h.add(new IndicatorHeading("R_FULFIL", "合同履约率"));
        h.add(new IndicatorHeading("R_START", "项目开工率"));
        h.add(new IndicatorHeading("R_FUNDS", "资金到位率"));
        return h;
    }

    /** Figures of all units of a group, ranked: ranked units by total desc, then unranked. */
    static List<Figures> group(String group, YearMonth period) {
        List<Figures> ranked = new ArrayList<>();
        List<Figures> unranked = new ArrayList<>();
        for (Unit u : UNITS) {
            if (u.group().equals(group)) {
                (u.ranked() ? ranked : unranked).add(figures(u, period));
            }
        }
        ranked.sort(Comparator.comparing(Figures::total).reversed());
        List<Figures> all = new ArrayList<>(ranked);
        all.addAll(unranked);
        return all;
    }

    /** Competition ranks (1, 1, 3) of the ranked units by total. */
    static Map<String, Integer> ranks(List<Figures> group) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        List<Figures> ranked = group.stream().filter(f -> f.unit().ranked()).toList();
        for (int i = 0; i < ranked.size(); i++) {
            Figures f = ranked.get(i);
            int rank = i + 1;
            if (i > 0 && ranked.get(i - 1).total().compareTo(f.total()) == 0) {
                rank = ranks.get(ranked.get(i - 1).unit().code());
            }
            ranks.put(f.unit().code(), rank);
        }
        return ranks;
    }

    /** 单项排名 of one indicator among the group's ranked units (null where no figure or not ranked). */
    static Integer indicatorRank(List<Figures> group, Figures f, String code) {
        BigDecimal mine = f.rate(code);
        if (mine == null || !f.unit().ranked()) {
            return null;
        }
        int better = 0;
        for (Figures o : group) {
            BigDecimal theirs = o.unit().ranked() ? o.rate(code) : null;
            if (theirs != null && theirs.compareTo(mine) > 0) {
                better++;
            }
        }
        return better + 1;
    }

    static Grade grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    /** A unit's status as the table above writes it. */
    static ReportStatus status(String label) {
        return Arrays.stream(ReportStatus.values())
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    static Bulletin bulletin() {
        return bulletin(0);
    }

    static Bulletin bulletin(int revision) {
        List<IndicatorHeading> headings = headings();
        List<GroupRanking> groups = new ArrayList<>();
        for (String g : GROUPS) {
            List<Figures> group = group(g, PERIOD);
            Map<String, Integer> ranks = ranks(group);
            List<RankingRow> rows = new ArrayList<>();
            for (Figures f : group) {
                List<IndicatorCell> cells = new ArrayList<>();
                for (IndicatorHeading h : headings) {
                    ColourBand band =
                            h.code().startsWith("I") ? f.line(h.code()).band() : null;
                    cells.add(new IndicatorCell(h.code(), f.rate(h.code()), indicatorRank(group, f, h.code()), band));
                }
                rows.add(new RankingRow(
                        ranks.get(f.unit().code()),
                        f.unit().ranked() ? f.unit().change() : null,
                        f.unit().code(),
                        f.unit().name(),
                        f.total(),
                        grade(f.total()),
                        status(f.unit().status()),
                        cells));
            }
            List<String> rankedNames = group.stream()
                    .filter(f -> f.unit().ranked())
                    .map(f -> f.unit().name())
                    .toList();
            int red = g.equals("县市区") ? 2 : 1;
            List<String> redList = rankedNames.subList(0, Math.min(red, rankedNames.size()));
            List<String> blackList = List.of(rankedNames.get(rankedNames.size() - 1));
            groups.add(new GroupRanking(g, rows, redList, blackList));
        }
        return new Bulletin("示例市", "示例市商务局", PERIOD, PUBLISHED, revision, headings, groups, methodNote());
    }

    static List<String> methodNote() {
        return List.of(
                "考核指标及权重：到位市外资金25分、实际利用外资15分、新签约亿元以上项目10分、新签约合同额10分、新开工亿元以上项目15分、"
                        + "项目开工率10分、资金到位率8分、合同履约率7分；未下达目标的指标不计分，其权重按比例分摊至其他指标。",
                "总量指标得分 = 权重 × min(累计完成 ÷ 序时目标, 1.2)；比率指标得分 = 权重 × min(比率 ÷ 基准, 1)，"
                        + "基准为项目开工率80%、资金到位率30%、合同履约率100%。",
                "加分：500强项目每个+3分，10亿元以上项目+4分，50亿元以上项目+8分，加分合计不超过10分；" + "扣分：逾期报送−1分，未报送−2分（沿用上月数据）。",
                "等次：优秀≥90分，良好≥80分，合格≥60分，60分以下为不合格。组内按总分排名，总分相同时依次比较到位市外资金完成率、同比增幅。",
                "序时进度按月均衡计算（1—12月为100%）；序时差 = 完成率 − 序时进度，单位为个百分点。");
    }

    static List<UnitScorecard> scorecards() {
        return scorecards(0);
    }

    static List<UnitScorecard> scorecards(int revision) {
        List<UnitScorecard> out = new ArrayList<>();
        for (String g : GROUPS) {
            List<Figures> group = group(g, PERIOD);
            Map<String, Integer> ranks = ranks(group);
            for (Figures f : group) {
                out.add(scorecard(f, group, ranks, revision));
            }
        }
        return out;
    }

    static UnitScorecard scorecard(String code) {
        return scorecards().stream()
                .filter(s -> s.unitCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static UnitScorecard scorecard(Figures f, List<Figures> group, Map<String, Integer> ranks, int revision) {
        Unit u = f.unit();
        List<IndicatorLine> lines = new ArrayList<>();
        for (IndicatorLine l : f.lines()) {
            lines.add(new IndicatorLine(
                    l.code(),
                    l.name(),
                    l.unitOfMeasure(),
                    l.target(),
                    l.scheduleTarget(),
                    l.ytd(),
                    l.completionRate(),
                    l.scheduleGap(),
                    l.yoy(),
                    l.score(),
                    l.weight(),
                    indicatorRank(group, f, l.code()),
                    l.band()));
        }
        List<RateLine> rates = new ArrayList<>();
        for (RateLine r : f.rates()) {
            rates.add(new RateLine(
                    r.code(),
                    r.name(),
                    r.numerator(),
                    r.denominator(),
                    r.rate(),
                    r.benchmark(),
                    r.score(),
                    r.weight(),
                    indicatorRank(group, f, r.code())));
        }
        int rankedInGroup = (int) group.stream().filter(x -> x.unit().ranked()).count();
        Integer rank = ranks.get(u.code());
        List<PipelineLine> pipeline = pipeline(u);
        List<TrendPoint> trend = new ArrayList<>();
        BigDecimal finalRate = f.rate("I1");
        for (int m = 1; m <= PERIOD.getMonthValue(); m++) {
            // a plausible path to the year-end figure; the unit was not assessed in January when unranked
            BigDecimal share = BigDecimal.valueOf(m).divide(BigDecimal.valueOf(PERIOD.getMonthValue()), MC);
            BigDecimal rate = finalRate == null
                    ? null
                    : finalRate.multiply(
                            share.multiply(new BigDecimal("0.9"), MC)
                                    .add(new BigDecimal("0.1").multiply(share.multiply(share, MC), MC), MC),
                            MC);
            Integer r = rank == null
                    ? null
                    : Math.max(
                            1, Math.min(rankedInGroup, rank + ((m * 7 + u.code().length()) % 3) - 1));
            if (m == PERIOD.getMonthValue()) {
                r = rank;
                rate = finalRate;
            }
            trend.add(new TrendPoint(YearMonth.of(PERIOD.getYear(), m), r, f.total(), rate));
        }
        List<String> warnings = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        for (IndicatorLine l : lines) {
            if (l.band() == ColourBand.RED) {
                behind.add(
                        l.name() + Formats.percent(l.completionRate()) + "（" + Formats.points(l.scheduleGap()) + "）");
            }
        }
        if (!behind.isEmpty()) {
            // one sentence, as the publish job writes it
            warnings.add("严重滞后（序时差低于−30个百分点）的指标" + behind.size() + "项：" + String.join("、", behind) + "。");
        }
        List<ProjectAlert> alerts = new ArrayList<>();
        for (int i = 1; i <= u.signed() - u.started() - 2; i++) {
            // projects signed in the first half of the year and still not started at its end
            alerts.add(new ProjectAlert(
                    u.code() + "-2025-" + String.format("%03d", i),
                    PROJECT_NAMES[i % PROJECT_NAMES.length],
                    LocalDate.of(2025, i % 6 + 1, 10 + i),
                    new BigDecimal(i * 3 + 1).divide(BigDecimal.TEN),
                    i == 2 ? "超期未开工、资金未到位" : "超期未开工"));
        }
        if ("未报送".equals(u.status())) {
            warnings.add("本期未报送月报表，沿用上月数据，扣2分");
        }
        return new UnitScorecard(
                "示例市",
                "示例市商务局",
                PERIOD,
                PUBLISHED,
                revision,
                u.code(),
                u.name(),
                u.group(),
                rank,
                rankedInGroup,
                rank == null ? null : u.change(),
                u.streak(),
                f.total(),
                grade(f.total()),
                status(u.status()),
                lines,
                rates,
                f.parts(),
                pipeline,
                trend,
                warnings,
                alerts,
                alerts.isEmpty() ? null : ALERT_NOTE);
    }

    /** The same scorecard with {@code count} overdue projects, e.g. to run it past one page. */
    static UnitScorecard withAlerts(UnitScorecard s, int count) {
        List<ProjectAlert> alerts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            alerts.add(new ProjectAlert(
                    s.unitCode() + "-2024-" + String.format("%03d", i),
                    PROJECT_NAMES[i % PROJECT_NAMES.length],
                    LocalDate.of(2024, i % 12 + 1, i % 27 + 1),
                    new BigDecimal(i).add(new BigDecimal("0.25")),
                    "超期未开工"));
        }
        return new UnitScorecard(
                s.cityName(),
                s.issuer(),
                s.period(),
                s.publishedOn(),
                s.revision(),
                s.unitCode(),
                s.unitName(),
                s.groupName(),
                s.rank(),
                s.rankedInGroup(),
                s.rankChange(),
                s.firstStreak(),
                s.totalScore(),
                s.grade(),
                s.reportStatus(),
                s.indicators(),
                s.rates(),
                s.scoreParts(),
                s.pipeline(),
                s.trend(),
                s.warnings(),
                alerts,
                ALERT_NOTE);
    }

    private static List<PipelineLine> pipeline(Unit u) {
        BigDecimal contract = bd(u.contract());
        int signed = u.signed();
        int started = u.started();
        List<PipelineLine> p = new ArrayList<>();
        p.add(new PipelineLine("项目状态", "在谈", 4 + signed / 3, BigDecimal.ZERO));
        p.add(new PipelineLine(
                "项目状态",
                "已签约",
                signed - started,
                contract.multiply(new BigDecimal("0.35"), MC).setScale(4, RoundingMode.HALF_UP)));
        p.add(new PipelineLine(
                "项目状态",
                "已开工",
                Math.max(0, started - 2),
                contract.multiply(new BigDecimal("0.45"), MC).setScale(4, RoundingMode.HALF_UP)));
        p.add(new PipelineLine(
                "项目状态",
                "已竣工",
                Math.min(2, started),
                contract.multiply(new BigDecimal("0.2"), MC).setScale(4, RoundingMode.HALF_UP)));
        p.add(new PipelineLine("项目状态", "已终止", signed - u.fulfilled(), BigDecimal.ZERO));
        p.add(new PipelineLine(
                "产业类别",
                "工业",
                (signed + 1) / 2,
                contract.multiply(new BigDecimal("0.6"), MC).setScale(4, RoundingMode.HALF_UP)));
        p.add(new PipelineLine(
                "产业类别",
                "商贸物流",
                signed / 4,
                contract.multiply(new BigDecimal("0.15"), MC).setScale(4, RoundingMode.HALF_UP)));
        p.add(new PipelineLine(
                "产业类别",
                "现代服务业",
                signed / 4,
                contract.multiply(new BigDecimal("0.15"), MC).setScale(4, RoundingMode.HALF_UP)));
        p.add(new PipelineLine(
                "产业类别",
                "文旅康养",
                signed - (signed + 1) / 2 - 2 * (signed / 4),
                contract.multiply(new BigDecimal("0.1"), MC).setScale(4, RoundingMode.HALF_UP)));
        return p;
    }
}
