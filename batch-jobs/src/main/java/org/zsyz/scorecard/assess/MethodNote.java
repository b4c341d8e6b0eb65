package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The short note on the method that the bulletin prints, written from the rules that produced the results. */
public final class MethodNote {

    private MethodNote() {}

    /** The bulletin's 说明 for a period: the method, the lists, and the period's 序时进度. */
    public static List<String> lines(AssessmentRules rules, YearMonth period, BigDecimal progress) {
        List<String> note = new ArrayList<>(lines(rules));
        AssessmentRules.ListSizes defaults = rules.defaultLists();
        List<String> lists = new ArrayList<>();
        rules.groupLists()
                .forEach((group, size) -> lists.add(group + "前" + size.red() + "名为红榜、末" + size.black() + "名为黑榜"));
        lists.add((lists.isEmpty() ? "各组" : "其他组别") + "前" + defaults.red() + "名为红榜、末" + defaults.black() + "名为黑榜");
        note.add(String.join("，", lists) + "；不参与综合排名的单位只列示、不排名。");
        note.add("本期为" + year(period) + "累计，序时进度"
                + (progress == null
                        ? "按月均衡计算"
                        : Decimals.displayPercent(progress).toPlainString() + "%") + "；序时差 = 完成率 − 序时进度（个百分点）。");
        return note;
    }

    private static String year(YearMonth period) {
        int m = period.getMonthValue();
        return m == 1 ? period.getYear() + "年1月" : period.getYear() + "年1—" + m + "月";
    }

    /** The method itself, as `rules show` prints it. */
    public static List<String> lines(AssessmentRules rules) {
        List<String> note = new ArrayList<>();
        note.add("计分权重："
                + rules.indicators().values().stream()
                        .filter(r -> r.weight().signum() > 0)
                        .map(r -> r.indicator().fullName() + Decimals.plain(r.weight()) + "分（" + method(rules, r) + "）")
                        .collect(Collectors.joining("，"))
                + "。");
        note.add("总量指标以累计完成 ÷ 序时目标（年度目标 × 序时进度）衡量完成程度，比率指标以比率 ÷ 基准值衡量；" + "未设目标或无签约项目的指标不计分，其权重按比例分摊到本单位其他指标。");
        StringBuilder bonus = new StringBuilder("加分：当年签约项目");
        List<String> tiers = new ArrayList<>();
        if (rules.bonus().fortune500().signum() > 0) {
            tiers.add("世界500强企业投资的加" + Decimals.plain(rules.bonus().fortune500()) + "分");
        }
        for (AssessmentRules.ContractTier t : rules.bonus().contractTiers()) {
            tiers.add(Decimals.plain(t.fromYi()) + "亿元以上的加" + Decimals.plain(t.points()) + "分");
        }
        bonus.append(String.join("、", tiers))
                .append("，每个项目按最高档计一次，合计不超过")
                .append(Decimals.plain(rules.bonus().cap()))
                .append("分。扣分：逾期报送（次月")
                .append(rules.deadlineDay())
                .append("日后）扣")
                .append(Decimals.plain(rules.lateDeduction()))
                .append("分，未报送扣")
                .append(Decimals.plain(rules.missingDeduction()))
                .append("分（按最近一期数据列示）。");
        note.add(bonus.toString());
        String lead = rules.catalogue().withTargets().stream()
                .findFirst()
                .orElse(rules.catalogue().all().get(0))
                .fullName();
        note.add("同组内按总分排名，总分相同时依次比较" + lead + "完成率、同比增幅，仍相同则并列。等次：优秀≥"
                + Decimals.plain(rules.grades().excellent()) + "分，良好≥"
                + Decimals.plain(rules.grades().good())
                + "分，合格≥" + Decimals.plain(rules.grades().pass()) + "分。");
        return note;
    }

    private static String method(AssessmentRules rules, AssessmentRules.IndicatorRule r) {
        MethodDefinitions.Definition d = rules.definitions().of(r.indicator());
        BigDecimal itemCap = d == null || d.cap() == null ? rules.ratioCap() : d.cap();
        BigDecimal cap = itemCap.multiply(Decimals.HUNDRED);
        String benchmark = r.indicator().hasTarget() || r.benchmark() == null
                ? ""
                : "基准" + Decimals.plain(r.benchmark().multiply(Decimals.HUNDRED)) + "%，";
        return switch (r.method()) {
            case RATIO ->
                itemCap == MethodDefinitions.NO_CAP
                        ? benchmark + "超额完成不封顶"
                        : benchmark + "超额完成最高按" + Decimals.plain(cap) + "%计";
            case RATE -> benchmark + "达到即得满分";
            case TIERED ->
                benchmark + "分档计分"
                        + (d == null || d.gate() == null
                                ? ""
                                : "（" + d.gate().indicator().fullName() + "达到"
                                        + Decimals.plain(d.gate().atLeast().multiply(Decimals.HUNDRED)) + "%方可计分）");
            case RANK ->
                "位次赋分，按组内名次依次得"
                        + d.rankPoints().stream().map(Decimals::plain).collect(java.util.stream.Collectors.joining("、"))
                        + "分";
            case EFFICACY ->
                "功效系数法，组内最高得满分、最低得" + Decimals.plain(rules.efficacyFloor().multiply(Decimals.HUNDRED)) + "%";
        };
    }

    /** Indicator codes to the method names people read, for tables. */
    public static Map<ScoringMethod, String> methodNames() {
        return Map.of(
                ScoringMethod.RATIO,
                "总量法",
                ScoringMethod.RATE,
                "比率法",
                ScoringMethod.TIERED,
                "分档法",
                ScoringMethod.EFFICACY,
                "功效系数法",
                ScoringMethod.RANK,
                "位次赋分");
    }
}
