package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

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
 * @param definitions          how a format-2 method obtains its indicators, its project rules and quotas
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
        boolean rankChangeAcrossYears,
        MethodDefinitions definitions,
        BigDecimal startedLowFundsPercent) {

    public static final String DEFAULT_NAME = "默认考核办法";

    public AssessmentRules {
        indicators = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(indicators));
        tiers = List.copyOf(tiers);
        groupLists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupLists));
    }

    /**
     * @param benchmark for rates: the rate that earns the full weight (0.8 = 80%); {@code null} for indicators
     */
    public record IndicatorRule(Indicator indicator, BigDecimal weight, ScoringMethod method, BigDecimal benchmark) {}

    /** A tier of the TIERED method: from this basis on (1 = 100%), this share of the weight. */
    public record Tier(BigDecimal from, BigDecimal share) {}

    /** A bonus tier by contract amount: from this many 亿元, this many points. */
    public record ContractTier(BigDecimal fromYi, BigDecimal points) {}

    /**
     * 加分 for projects signed this year (not terminated), each counted once at its highest tier, capped in
     * total.
     *
     * @param contractTiers ascending by amount
     */
    public record Bonus(BigDecimal fortune500, List<ContractTier> contractTiers, BigDecimal cap) {
        public Bonus {
            contractTiers = contractTiers.stream()
                    .sorted(Comparator.comparing(ContractTier::fromYi))
                    .toList();
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

    public record ListSizes(int red, int black) {}

    /** The default method: the file {@code method/default-method.yaml} (see {@link DefaultMethod}) as read. */
    public static AssessmentRules defaults() {
        return DefaultMethod.rules();
    }

    /**
     * The year's indicators in the method's order: what the targets workbook, the return, the bulletin and the
     * scorecard show. A format-1 file gives {@link IndicatorCatalogue#DEFAULT}.
     */
    public IndicatorCatalogue catalogue() {
        return new IndicatorCatalogue(List.copyOf(indicators.keySet()));
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
        return copy(newName, indicators, deadlineDay);
    }

    /** The same method with other indicator rules (weights, scoring methods) over the same definitions. */
    public AssessmentRules withIndicators(Map<Indicator, IndicatorRule> newIndicators) {
        return copy(name, newIndicators, deadlineDay);
    }

    /** The same method with another deadline day (the installation's, where no file says otherwise). */
    public AssessmentRules withDeadlineDay(int day) {
        return copy(name, indicators, day);
    }

    private AssessmentRules copy(String newName, Map<Indicator, IndicatorRule> newIndicators, int day) {
        return new AssessmentRules(
                newName,
                newIndicators,
                ratioCap,
                tiers,
                efficacyFloor,
                bigProject,
                bonus,
                lateDeduction,
                missingDeduction,
                day,
                grades,
                defaultLists,
                groupLists,
                lightGreenFloor,
                yellowFloor,
                cohortStart,
                overdueStartMonths,
                noFundsMonths,
                rankChangeAcrossYears,
                definitions,
                startedLowFundsPercent);
    }
}
