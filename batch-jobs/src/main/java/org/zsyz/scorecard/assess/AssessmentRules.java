package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.indicator.Indicator;

/**
 * A year's assessment method: weights, scoring methods, caps, benchmarks, bonuses, deductions, grades,
 * list sizes, colour bands, cohort start, deadline and warning periods. {@link #defaults()} is the default
 * method of docs/method.md; a year's file ({@link RulesYaml}) overrides every number. Ratios are plain (1.2 = 120%).
 *
 * @param name                 the method's name, recorded with every result
 * @param indicators           every indicator shown, in display order, with its weight (0 = shown, not scored)
 * @param ratioCap             the most a RATIO indicator can earn, as a share of its weight (1.2)
 * @param tiers                TIERED: from the highest threshold down
 * @param efficacyFloor        the share of the weight the group's worst unit gets under 功效系数法 (0.6)
 * @param bigProject           the contract amount (亿元) from which a project counts for I4/I6 (1)
 * @param bonus                加分 for projects signed this year
 * @param lateDeduction        扣分 for a return accepted after the deadline
 * @param missingDeduction     扣分 for no return for the period
 * @param deadlineDay          returns are due by this day of the following month (the month's last day if shorter)
 * @param defaultLists         红黑榜 sizes of a group without its own entry
 * @param groupLists           红黑榜 sizes per group name
 * @param lightGreenFloor      序时差 (points) from which an indicator is light green (−10)
 * @param yellowFloor          序时差 (points) from which an indicator is yellow; below is red (−30)
 * @param cohortStart          first signing date of the rate cohort; {@code null} = 1 January of the period's year
 * @param overdueStartMonths   超期未开工: signed more than this many months ago and not started (6)
 * @param noFundsMonths        signed more than this many months ago with no funds received (12)
 * @param rankChangeAcrossYears whether January's rank change and 连冠 look back at last year's December
 */
public record AssessmentRules(
        String name,
        Map<Indicator, IndicatorRule> indicators,
        BigDecimal ratioCap,
        List<Tier> tiers,
        BigDecimal efficacyFloor,
        BigDecimal bigProject,
        Bonus bonus,
        BigDecimal lateDeduction,
        BigDecimal missingDeduction,
        int deadlineDay,
        Grades grades,
        ListSizes defaultLists,
        Map<String, ListSizes> groupLists,
        BigDecimal lightGreenFloor,
        BigDecimal yellowFloor,
        LocalDate cohortStart,
        int overdueStartMonths,
        int noFundsMonths,
        boolean rankChangeAcrossYears) {

    public static final String DEFAULT_NAME = "默认考核办法";

    public AssessmentRules {
        indicators = java.util.Collections.unmodifiableMap(new EnumMap<>(indicators));
        tiers = List.copyOf(tiers);
        groupLists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupLists));
    }

    /**
     * @param benchmark for rates: the rate that earns the full weight (0.8 = 80%); {@code null} for indicators
     */
    public record IndicatorRule(Indicator indicator, BigDecimal weight, ScoringMethod method, BigDecimal benchmark) {
    }

    /** A tier of the TIERED method: from this basis on (1 = 100%), this share of the weight. */
    public record Tier(BigDecimal from, BigDecimal share) {
    }

    /** A bonus tier by contract amount: from this many 亿元, this many points. */
    public record ContractTier(BigDecimal fromYi, BigDecimal points) {
    }

    /**
     * 加分 for projects signed this year (not terminated), each counted once at its highest tier, capped in
     * total.
     *
     * @param contractTiers ascending by amount
     */
    public record Bonus(BigDecimal fortune500, List<ContractTier> contractTiers, BigDecimal cap) {
        public Bonus {
            contractTiers = contractTiers.stream().sorted(Comparator.comparing(ContractTier::fromYi)).toList();
        }
    }

    public record Grades(BigDecimal excellent, BigDecimal good, BigDecimal pass) {

        /** The grade of a total as shown (2 decimals); a bound belongs to the better grade. */
        public Grade of(BigDecimal total) {
            if (total.compareTo(excellent) >= 0) {
                return Grade.EXCELLENT;
            }
            if (total.compareTo(good) >= 0) {
                return Grade.GOOD;
            }
            return total.compareTo(pass) >= 0 ? Grade.PASS : Grade.FAIL;
        }
    }

    public record ListSizes(int red, int black) {
    }

    /** The defaults of docs/method.md (Scores, Ranking, Colours and warnings, The method file). */
    public static AssessmentRules defaults() {
        Map<Indicator, IndicatorRule> rules = new EnumMap<>(Indicator.class);
        put(rules, Indicator.I1, "25", ScoringMethod.RATIO, null);
        put(rules, Indicator.I2, "0", ScoringMethod.RATIO, null);
        put(rules, Indicator.I3, "15", ScoringMethod.RATIO, null);
        put(rules, Indicator.I4, "10", ScoringMethod.RATIO, null);
        put(rules, Indicator.I5, "10", ScoringMethod.RATIO, null);
        put(rules, Indicator.I6, "15", ScoringMethod.RATIO, null);
        put(rules, Indicator.I7, "0", ScoringMethod.RATIO, null);
        put(rules, Indicator.R_FULFIL, "7", ScoringMethod.RATE, "1");
        put(rules, Indicator.R_START, "10", ScoringMethod.RATE, "0.8");
        put(rules, Indicator.R_FUNDS, "8", ScoringMethod.RATE, "0.3");
        Map<String, ListSizes> lists = new LinkedHashMap<>();
        lists.put("县市区", new ListSizes(2, 1));
        return new AssessmentRules(DEFAULT_NAME, rules, new BigDecimal("1.2"),
                List.of(new Tier(BigDecimal.ONE, BigDecimal.ONE), new Tier(new BigDecimal("0.8"), new BigDecimal("0.75")),
                        new Tier(new BigDecimal("0.5"), new BigDecimal("0.5"))),
                new BigDecimal("0.6"), BigDecimal.ONE,
                new Bonus(new BigDecimal(3), List.of(new ContractTier(BigDecimal.TEN, new BigDecimal(4)),
                        new ContractTier(new BigDecimal(50), new BigDecimal(8))), BigDecimal.TEN),
                BigDecimal.ONE, new BigDecimal(2), 5,
                new Grades(new BigDecimal(90), new BigDecimal(80), new BigDecimal(60)),
                new ListSizes(1, 1), lists, new BigDecimal(-10), new BigDecimal(-30), null, 6, 12, true);
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
        return groupLists.getOrDefault(group, defaultLists);
    }

    /** The first signing date of the cohort for a period. */
    public LocalDate cohortStart(YearMonth period) {
        return cohortStart != null ? cohortStart : LocalDate.of(period.getYear(), 1, 1);
    }

    /** The last day a period's return is on time: the deadline day of the next month, or its last day. */
    public LocalDate deadline(YearMonth period) {
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    /** Late: the return arrived after the deadline day (any time on the deadline day is on time). */
    public boolean isLate(YearMonth period, LocalDateTime receivedAt) {
        return receivedAt.toLocalDate().isAfter(deadline(period));
    }

    /** The same method with another name (a year's file names its method). */
    public AssessmentRules withName(String newName) {
        return new AssessmentRules(newName, indicators, ratioCap, tiers, efficacyFloor, bigProject, bonus,
                lateDeduction, missingDeduction, deadlineDay, grades, defaultLists, groupLists, lightGreenFloor,
                yellowFloor, cohortStart, overdueStartMonths, noFundsMonths, rankChangeAcrossYears);
    }

    /**
     * The same method with 红黑榜 entries only for groups the year has: the defaults' 县市区 entry means nothing
     * to a city without a 县市区 group, whose groups all take {@code defaultLists}.
     */
    public AssessmentRules withGroupListsOnlyFor(java.util.Collection<String> groups) {
        Map<String, ListSizes> kept = new LinkedHashMap<>(groupLists);
        kept.keySet().retainAll(groups);
        return new AssessmentRules(name, indicators, ratioCap, tiers, efficacyFloor, bigProject, bonus,
                lateDeduction, missingDeduction, deadlineDay, grades, defaultLists, kept, lightGreenFloor,
                yellowFloor, cohortStart, overdueStartMonths, noFundsMonths, rankChangeAcrossYears);
    }

    /** The same method with another deadline day (the installation's, where no file says otherwise). */
    public AssessmentRules withDeadlineDay(int day) {
        return new AssessmentRules(name, indicators, ratioCap, tiers, efficacyFloor, bigProject, bonus,
                lateDeduction, missingDeduction, day, grades, defaultLists, groupLists, lightGreenFloor,
                yellowFloor, cohortStart, overdueStartMonths, noFundsMonths, rankChangeAcrossYears);
    }
}
