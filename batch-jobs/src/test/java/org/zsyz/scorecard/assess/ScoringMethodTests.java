package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.UnitFixture.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.ProjectStatus;

/** Every scoring method at and around its bounds. */
class ScoringMethodTests {

    static final YearMonth DEC = YearMonth.of(2013, 12);

    /** Only I1 scored (target 100, December): its weight is all 100 points, so the score is 100 × share. */
    static IndicatorOutcome i1(String ytd, AssessmentRules rules) {
        return unit("U")
                .target(Indicator.I1, "100")
                .i1(ytd)
                .assess(DEC, rules, Schedule.evenly())
                .indicator(Indicator.I1);
    }

    static AssessmentRules method(String indicatorLine, String replacement) {
        return RulesYamlTests.parseDefaultsWith(indicatorLine, replacement);
    }

    @ParameterizedTest(name = "ratio: YTD {0} of 序时目标 100 → {1}")
    @CsvSource({"0, 0", "50, 50", "99.99, 99.99", "100, 100", "119.99, 119.99", "120, 120", "120.01, 120", "300, 120"})
    void ratioIsCappedAt120Percent(String ytd, String score) {
        assertThat(i1(ytd, AssessmentRules.defaults()).score()).isEqualByComparingTo(score);
    }

    @Test
    void ratioUsesTheConfiguredCap() {
        AssessmentRules cap110 = RulesYamlTests.parseDefaultsWith("ratio_cap_percent: 120", "ratio_cap_percent: 110");

        assertThat(i1("115", cap110).score()).isEqualByComparingTo("110");
        assertThat(i1("115", cap110).formula()).endsWith("× min(115%, 封顶110%) = 110.00");
    }

    /** 项目开工率 against its 80% benchmark: n of 10 cohort projects started. */
    @ParameterizedTest(name = "rate: {0} of 10 started → share {1}")
    @CsvSource({"0, 0", "4, 0.5", "7, 0.875", "8, 1", "9, 1", "10, 1"})
    void rateReachesTheFullWeightAtItsBenchmark(int started, String share) {
        UnitFixture u = unit("U").target(Indicator.I1, "100").i1("100");
        for (int i = 0; i < 10; i++) {
            LedgerFixtures.Builder p = LedgerFixtures.project()
                    .no("P" + i)
                    .signed(LocalDate.of(2013, 2, 1))
                    .fundsTotal("1");
            u.project(i < started ? p.status(ProjectStatus.STARTED).started(LocalDate.of(2013, 3, 1)) : p);
        }
        IndicatorOutcome start = u.assess(DEC).indicator(Indicator.R_START);

        assertThat(start.share()).isEqualByComparingTo(share);
        assertThat(start.score()).isEqualByComparingTo(new BigDecimal(share).multiply(start.weight()));
    }

    @ParameterizedTest(name = "tiered: {0}% of schedule → {1}")
    @CsvSource({"130, 1", "100, 1", "99.99, 0.75", "80, 0.75", "79.99, 0.5", "50, 0.5", "49.99, 0", "0, 0"})
    void tieredStepsAt100And80And50Percent(String ytd, String share) {
        AssessmentRules tiered =
                method("I1:       {weight: 25, method: ratio}", "I1:       {weight: 25, method: tiered}");
        IndicatorOutcome i1 = i1(ytd, tiered);

        assertThat(i1.share()).isEqualByComparingTo(share);
        assertThat(i1.score()).isEqualByComparingTo(new BigDecimal(share).multiply(new BigDecimal(100)));
    }

    @Test
    void tieredSaysWhichTierItReached() {
        AssessmentRules tiered =
                method("I1:       {weight: 25, method: ratio}", "I1:       {weight: 25, method: tiered}");

        assertThat(i1("85", tiered).formula()).endsWith("× 分档系数75%（完成程度达到80%档） = 75.00");
        assertThat(i1("40", tiered).formula()).endsWith("× 分档系数0（完成程度低于最低档50%） = 0.00");
    }

    static List<UnitOutcome> efficacyGroup(String... ytdsAndFlags) {
        AssessmentRules rules =
                method("I1:       {weight: 25, method: ratio}", "I1:       {weight: 25, method: efficacy}");
        UnitAssessor assessor = new UnitAssessor(rules, Schedule.evenly(), DEC);
        List<UnitOutcome> group = new ArrayList<>();
        int n = 0;
        for (String spec : ytdsAndFlags) {
            UnitFixture f = unit("U" + (++n)).target(Indicator.I1, "100").i1(spec.replace("*", ""));
            if (spec.endsWith("*")) {
                f.unranked();
            }
            group.add(assessor.assess(f.build(DEC, rules)));
        }
        assessor.finishGroup(group);
        return group;
    }

    static List<String> shares(List<UnitOutcome> group) {
        return group.stream()
                .map(u -> u.indicator(Indicator.I1).share().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void efficacyGivesTheBestTheFullWeightTheWorst60PercentLinearBetween() {
        // 50% … 150%: 60% + 40% × (x − 50) ÷ 100.
        List<UnitOutcome> g = efficacyGroup("50", "75", "100", "150");

        assertThat(shares(g)).containsExactly("0.6", "0.7", "0.8", "1");
        assertThat(g.get(1).indicator(Indicator.I1).score()).isEqualByComparingTo("70");
        assertThat(g.get(1).indicator(Indicator.I1).formula())
                .endsWith("× 功效系数70%（60% + 40% × (75% − " + "组内最低50%) ÷ (组内最高150% − 组内最低50%)） = 70.00");
    }

    @Test
    void efficacyInAnAllEqualOrSingleUnitGroupGivesTheFullWeight() {
        assertThat(shares(efficacyGroup("80", "80", "80"))).containsExactly("1", "1", "1");
        assertThat(shares(efficacyGroup("20"))).containsExactly("1");
        assertThat(efficacyGroup("20").get(0).indicator(Indicator.I1).formula())
                .endsWith("功效系数100%（组内参与排名单位完成程度均为20%） = 100.00");
    }

    @Test
    void efficacyIsNotMovedByAUnitOutsideTheRankingWhichIsHeldToTheRange() {
        // The unranked 300% and 10% do not set the range 50…150; they get 100% and 60%.
        List<UnitOutcome> g = efficacyGroup("50", "100", "150", "300*", "10*");

        assertThat(shares(g)).containsExactly("0.6", "0.8", "1", "1", "0.6");
        assertThat(g.get(3).indicator(Indicator.I1).formula()).contains("限于60%至100%");
    }

    @Test
    void efficacyCanScoreARateToo() {
        AssessmentRules rules = method(
                "R_START:  {weight: 10, method: rate, benchmark_percent: 80}",
                "R_START:  {weight: 10, method: efficacy}");
        UnitAssessor assessor = new UnitAssessor(rules, Schedule.evenly(), DEC);
        List<UnitOutcome> group = new ArrayList<>();
        for (int started = 0; started <= 2; started++) {
            UnitFixture f = unit("U" + started).target(Indicator.I1, "100").i1("100");
            for (int i = 0; i < 2; i++) {
                LedgerFixtures.Builder p = LedgerFixtures.project()
                        .signed(LocalDate.of(2013, 2, 1))
                        .fundsTotal("1");
                f.project(i < started ? p.status(ProjectStatus.STARTED).started(LocalDate.of(2013, 3, 1)) : p);
            }
            group.add(assessor.assess(f.build(DEC, rules)));
        }
        assessor.finishGroup(group);

        assertThat(group)
                .extracting(u -> u.indicator(Indicator.R_START)
                        .share()
                        .stripTrailingZeros()
                        .toPlainString())
                .containsExactly("0.6", "0.8", "1");
        assertThat(group.get(1).indicator(Indicator.R_START).formula())
                .startsWith("项目开工率 = 已开工及已竣工项目1个 ÷ 签约项目2个 = 50%；得分 = 权重");
    }
}
