package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zsyz.scorecard.indicator.Indicator;

/**
 * A year's assessment method: weights, scoring methods, caps, benchmarks, bonuses, deductions, grades,
 * list sizes, colour bands, cohort start and deadline. {@link #defaults()} is SPEC section 4.
 *
 * @param indicators     every indicator shown, with its weight (0 = shown, not scored) and method
 * @param ratioCap       the most a RATIO indicator can earn, as a share of its weight (1.2)
 * @param efficacyFloor  the share of the weight the group's worst unit gets under 功效系数法 (0.6)
 * @param bigProject     the contract amount (亿元) from which a project counts for I4/I6 (1)
 * @param cohortStart    first signing date of the rate cohort; {@code null} = 1 January of the period's year
 * @param redBlackSizes  per group: how many units go on the red list and the black list; "*" is the default
 */
public record AssessmentRules(
        String name,
        Map<Indicator, IndicatorRule> indicators,
        BigDecimal ratioCap,
        List<Tier> tiers,
        BigDecimal efficacyFloor,
        Bonus bonus,
        BigDecimal lateDeduction,
        BigDecimal missingDeduction,
        Grades grades,
        Map<String, ListSizes> redBlackSizes,
        BigDecimal lightGreenFloor,
        BigDecimal yellowFloor,
        BigDecimal bigProject,
        LocalDate cohortStart,
        int deadlineDay,
        int overdueStartMonths,
        int noFundsMonths) {

    public record IndicatorRule(Indicator indicator, BigDecimal weight, ScoringMethod method, BigDecimal benchmark) {
    }

    /** A tier of the TIERED method: from this basis on, this share of the weight. */
    public record Tier(BigDecimal from, BigDecimal share) {
    }

    /** 加分 for projects signed this year, each counted once at its highest tier, capped in total. */
    public record Bonus(BigDecimal fortune500, BigDecimal from10Yi, BigDecimal from50Yi, BigDecimal cap) {
    }

    public record Grades(BigDecimal excellent, BigDecimal good, BigDecimal pass) {

        public String of(BigDecimal total) {
            if (total.compareTo(excellent) >= 0) {
                return "优秀";
            }
            if (total.compareTo(good) >= 0) {
                return "良好";
            }
            return total.compareTo(pass) >= 0 ? "合格" : "不合格";
        }
    }

    public record ListSizes(int red, int black) {
    }

    public static AssessmentRules defaults() {
        Map<Indicator, IndicatorRule> rules = new EnumMap<>(Indicator.class);
        put(rules, Indicator.I1, "25", ScoringMethod.RATIO, null);
        put(rules, Indicator.I2, "0", ScoringMethod.RATIO, null);
        put(rules, Indicator.I3, "15", ScoringMethod.RATIO, null);
        put(rules, Indicator.I4, "10", ScoringMethod.RATIO, null);
        put(rules, Indicator.I5, "10", ScoringMethod.RATIO, null);
        put(rules, Indicator.I6, "15", ScoringMethod.RATIO, null);
        put(rules, Indicator.I7, "0", ScoringMethod.RATIO, null);
        put(rules, Indicator.R_START, "10", ScoringMethod.RATE, "0.8");
        put(rules, Indicator.R_FUNDS, "8", ScoringMethod.RATE, "0.3");
        put(rules, Indicator.R_FULFIL, "7", ScoringMethod.RATE, "1");
        Map<String, ListSizes> lists = new LinkedHashMap<>();
        lists.put("县市区", new ListSizes(2, 1));
        lists.put("*", new ListSizes(1, 1));
        return new AssessmentRules("默认考核办法（SPEC 第4节）", rules, new BigDecimal("1.2"),
                List.of(new Tier(BigDecimal.ONE, BigDecimal.ONE), new Tier(new BigDecimal("0.8"), new BigDecimal("0.75")),
                        new Tier(new BigDecimal("0.5"), new BigDecimal("0.5"))),
                new BigDecimal("0.6"),
                new Bonus(new BigDecimal(3), new BigDecimal(4), new BigDecimal(8), new BigDecimal(10)),
                BigDecimal.ONE, new BigDecimal(2),
                new Grades(new BigDecimal(90), new BigDecimal(80), new BigDecimal(60)),
                lists, new BigDecimal(-10), new BigDecimal(-30), BigDecimal.ONE, null, 5, 6, 12);
    }

    private static void put(Map<Indicator, IndicatorRule> rules, Indicator indicator, String weight,
            ScoringMethod method, String benchmark) {
        rules.put(indicator, new IndicatorRule(indicator, new BigDecimal(weight), method,
                benchmark == null ? null : new BigDecimal(benchmark)));
    }

    public IndicatorRule rule(Indicator indicator) {
        return indicators.get(indicator);
    }

    public ListSizes listSizes(String group) {
        return redBlackSizes.getOrDefault(group, redBlackSizes.getOrDefault("*", new ListSizes(1, 1)));
    }

    /** The first signing date of the cohort for a period. */
    public LocalDate cohortStart(YearMonth period) {
        return cohortStart != null ? cohortStart : LocalDate.of(period.getYear(), 1, 1);
    }

    /** Identifies the method in stored results: changing any number changes it. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
