package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.LedgerFixtures.project;
import static org.zsyz.scorecard.assess.UnitFixture.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.AdjustmentKind;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/** Methods that define their own indicators (format 2), with the figures of published methods and bulletins. */
class MethodDefinitionsTests {

    private static final YearMonth DEC = YearMonth.of(2013, 12);

    /** 牧野区 (新乡市 2013): 到位市外资金, 其中省外资金, 实际到位境外资金, each against its 市定目标. */
    static final String MUYE = """
              OUT_CITY:
                name: 到位市外资金
                unit: 亿元
                sum: funds_this_year
                where: {investor_source: [市外省内, 省外]}
                target: true
                weight: 40
                method: ratio
                cap_percent: 100
              OUT_PROV:
                name: 其中省外资金
                unit: 亿元
                sum: funds_this_year
                where: {investor_source: 省外}
                target: true
                weight: 30
                method: ratio
                cap_percent: 120
              FOREIGN:
                name: 实际到位境外资金
                unit: 万美元
                sum: foreign_funds_this_year
                where: {investor_source: 境外}
                target: true
                weight: 30
                method: ratio
                cap_percent: none
            """;

    @Test
    void muyeThreeFiguresGiveThePublishedCompletionRatesWithACapPerItem() {
        AssessmentRules rules = MethodFiles.parse(MUYE, null);
        assertThat(rules.catalogue().all())
                .extracting(Indicator::code)
                .containsExactly("OUT_CITY", "OUT_PROV", "FOREIGN");
        Indicator city = rules.catalogue().ofCode("OUT_CITY").orElseThrow();
        Indicator prov = rules.catalogue().ofCode("OUT_PROV").orElseThrow();
        Indicator foreign = rules.catalogue().ofCode("FOREIGN").orElseThrow();
        assertThat(foreign.unitOfMeasure()).isEqualTo("万美元");
        assertThat(city.targetHeader()).isEqualTo("到位市外资金(亿元)");

        UnitOutcome u = unit("410711")
                .project(project().source(InvestorSource.OTHER_CITY_IN_PROVINCE).fundsThisYear("2.835"))
                .project(project().source(InvestorSource.OUT_OF_PROVINCE).fundsThisYear("19.9"))
                .project(project().source(InvestorSource.LOCAL).fundsThisYear("50"))
                .project(project()
                        .source(InvestorSource.FOREIGN)
                        .fundsThisYear("3")
                        .foreign("4289"))
                .target(city, "19.8")
                .target(prov, "18")
                .target(foreign, "2699")
                .assess(DEC, rules, Schedule.evenly());

        assertThat(u.indicator(city).ytd).isEqualByComparingTo("22.735");
        assertThat(Decimals.displayPercent(u.indicator(city).completion)).isEqualByComparingTo("114.82");
        assertThat(Decimals.displayPercent(u.indicator(prov).completion)).isEqualByComparingTo("110.56");
        assertThat(Decimals.displayPercent(u.indicator(foreign).completion)).isEqualByComparingTo("158.91");
        // Caps 100% / 120% / none: 40 × 1, 30 × 1.10556, 30 × 1.58911
        assertThat(Decimals.display2(u.indicator(city).score)).isEqualByComparingTo("40.00");
        assertThat(Decimals.display2(u.indicator(prov).score)).isEqualByComparingTo("33.17");
        assertThat(Decimals.display2(u.indicator(foreign).score)).isEqualByComparingTo("47.67");
        assertThat(u.indicator(foreign).formula).contains("不封顶");
        assertThat(u.indicator(city).formula).contains("封顶100%");
    }

    @Test
    void efficacyGivesTheTopUnitTheFullWeightTheBottomSixtyPercentAndTheRestLinearly() {
        AssessmentRules rules = MethodFiles.parse("""
                  FUNDS:
                    name: 到位资金
                    unit: 亿元
                    sum: funds_this_year
                    target: true
                    weight: 100
                    method: efficacy
                """, null);
        Indicator funds = rules.catalogue().ofCode("FUNDS").orElseThrow();
        UnitAssessor assessor = new UnitAssessor(rules, Schedule.evenly(), DEC);
        List<UnitOutcome> group = new ArrayList<>();
        for (String[] u : new String[][] {{"A", "15"}, {"B", "12"}, {"C", "10"}}) {
            group.add(assessor.assess(unit(u[0]).target(funds, "10").i1(u[1]).build(DEC, rules)));
        }
        assessor.finishGroup(group);
        // completion 150%, 120%, 100%: 100, 60 + 40 × (120 − 100) ÷ (150 − 100) = 76, 60
        assertThat(group)
                .extracting(o -> Decimals.display2(o.indicator(funds).score))
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("76.00"), new BigDecimal("60.00"));
    }

    @Test
    void tiersCountOnlyWhereAtLeastTwentyPercentOfTheFundsAreInPlace() {
        AssessmentRules rules = MethodFiles.parse("""
                  CONTRACTS:
                    name: 签约合同额
                    unit: 亿元
                    sum: contract_amount
                    where: {signed: this_year}
                    target: true
                    weight: 80
                    method: tiered
                    only_if: {indicator: R_FUNDS, at_least_percent: 20}
                  FUNDS_TOTAL:
                    name: 累计到位资金
                    unit: 亿元
                    sum: funds_total
                    where: {signed: cohort}
                    weight: 0
                    method: ratio
                    target: true
                  CONTRACT_ALL:
                    name: 合同投资额
                    unit: 亿元
                    sum: contract_amount
                    where: {signed: cohort}
                    weight: 0
                    method: ratio
                    target: true
                  R_FUNDS:
                    name: 资金到位率
                    unit: "%"
                    ratio: [FUNDS_TOTAL, CONTRACT_ALL]
                    weight: 20
                    method: rate
                    benchmark_percent: 30
                """, null);
        Indicator contracts = rules.catalogue().ofCode("CONTRACTS").orElseThrow();
        Indicator rate = rules.catalogue().ofCode("R_FUNDS").orElseThrow();
        // 8.5 of 10 (85%: the 75% tier), 2.5 of 8.5 in place (29.41%)
        UnitOutcome open = unit("A")
                .project(project().contract("8.5").fundsTotal("2.5"))
                .target(contracts, "10")
                .assess(DEC, rules, Schedule.evenly());
        assertThat(Decimals.displayPercent(open.indicator(rate).completion)).isEqualByComparingTo("29.41");
        assertThat(open.indicator(contracts).share).isEqualByComparingTo("0.75");
        // the same contracts with 1 of 8.5 in place (11.76%): no tier
        UnitOutcome gated = unit("B")
                .project(project().contract("8.5").fundsTotal("1"))
                .target(contracts, "10")
                .assess(DEC, rules, Schedule.evenly());
        assertThat(gated.indicator(contracts).share).isEqualByComparingTo("0");
        assertThat(gated.indicator(contracts).formula).contains("资金到位率11.7647%，未达到20%，不按档次计分");
    }

    @Test
    void rankPointsGiveSixtyFiftySevenFiftyFourFiftyOneFortyEight() {
        AssessmentRules rules = MethodFiles.parse("""
                  FUNDS:
                    name: 到位市外资金
                    unit: 亿元
                    sum: funds_this_year
                    target: true
                    weight: 60
                    method: rank
                    rank_points: [60, 57, 54, 51, 48]
                  TRIPS:
                    name: 外出招商
                    unit: 批次
                    reported: trips
                    target: true
                    weight: 40
                    method: ratio
                """, null);
        Indicator funds = rules.catalogue().ofCode("FUNDS").orElseThrow();
        Indicator trips = rules.catalogue().ofCode("TRIPS").orElseThrow();
        UnitAssessor assessor = new UnitAssessor(rules, Schedule.evenly(), DEC);
        List<UnitOutcome> group = new ArrayList<>();
        String[] ytd = {"9", "11", "7", "15", "13", "5"};
        for (int i = 0; i < ytd.length; i++) {
            group.add(assessor.assess(unit("U" + i)
                    .target(funds, "10")
                    .target(trips, "12")
                    .trips(12)
                    .i1(ytd[i])
                    .build(DEC, rules)));
        }
        assessor.finishGroup(group);
        assertThat(group)
                .extracting(o -> Decimals.display2(o.indicator(funds).score))
                .containsExactly(
                        new BigDecimal("51.00"),
                        new BigDecimal("54.00"),
                        new BigDecimal("48.00"),
                        new BigDecimal("60.00"),
                        new BigDecimal("57.00"),
                        new BigDecimal("48.00"));
        assertThat(group.get(0).indicator(trips).ytd).isEqualByComparingTo("12");
        assertThat(group.get(0).indicator(funds).formula).contains("组内第4名得51分");
    }

    @Test
    void projectRulesAndQuotasDeductPerProjectAndPerMissingProject() {
        AssessmentRules rules = MethodFiles.parse("""
                  SIGNED_BIG:
                    name: 新签约亿元以上项目
                    unit: 个
                    count: projects
                    where: {signed: this_year, contract_yi_from: 1}
                    target: true
                    weight: 100
                    method: ratio
                """, """
                project_rules:
                  - {name: 超时限未开工, where: {status: 已签约, signed_months_ago_over: 6}, points: -0.1}
                quotas:
                  - {name: 3–10亿元项目, where: {signed: this_year, contract_yi_from: 3, contract_yi_below: 10}, at_least: 7, points_each_missing: 0.1}
                """);
        Indicator big = rules.catalogue().ofCode("SIGNED_BIG").orElseThrow();
        UnitFixture f = unit("A").target(big, "10");
        for (int i = 0; i < 5; i++) {
            f.project(project().contract("5").signed(LocalDate.of(2013, 3, 1)));
        }
        f.project(project().contract("12").status(ProjectStatus.STARTED).started(LocalDate.of(2013, 9, 1)));
        UnitOutcome u = f.assess(DEC, rules, Schedule.evenly());
        assertThat(u.indicator(big).ytd).isEqualByComparingTo("6");
        // five projects signed in March, not started by December: −0.1 each; 5 of 7 in 3–10 亿元: −0.2
        assertThat(u.deduction()).isEqualByComparingTo("0.7");
        assertThat(u.adjustments())
                .filteredOn(a -> a.kind() == AdjustmentKind.DEDUCTION)
                .extracting(UnitOutcome.Adjustment::reason)
                .contains("扣分：3–10亿元项目应不少于7个，实有5个，少2个，每个扣0.1分，扣0.2分")
                .hasSize(6);
    }

    @Test
    void theBuiltInRatesAreOrdinaryDefinitionsGivingTheSameFiguresAsTheDefaultMethod() {
        AssessmentRules rules = MethodFiles.parse("""
                  FUNDS_TOTAL: {name: 累计到位资金, unit: 亿元, sum: funds_total, where: {signed: cohort}, target: true, weight: 0, method: ratio}
                  CONTRACTS: {name: 合同投资额, unit: 亿元, sum: contract_amount, where: {signed: cohort}, target: true, weight: 0, method: ratio}
                  SIGNED: {name: 签约项目, unit: 个, count: projects, where: {signed: cohort}, target: true, weight: 0, method: ratio}
                  STARTED: {name: 开工项目, unit: 个, count: projects, where: {signed: cohort, status: [已开工, 已竣工]}, target: true, weight: 0, method: ratio}
                  R_START: {name: 项目开工率, unit: "%", ratio: [STARTED, SIGNED], weight: 50, method: rate, benchmark_percent: 80}
                  R_FUNDS: {name: 资金到位率, unit: "%", ratio: [FUNDS_TOTAL, CONTRACTS], weight: 50, method: rate, benchmark_percent: 30}
                """, null);
        UnitFixture f = unit("A")
                .project(project()
                        .contract("4")
                        .fundsTotal("1.3")
                        .status(ProjectStatus.STARTED)
                        .started(LocalDate.of(2013, 5, 1)))
                .project(project().contract("6").fundsTotal("0.2"))
                .project(project()
                        .contract("3")
                        .fundsTotal("2")
                        .status(ProjectStatus.COMPLETED)
                        .started(LocalDate.of(2013, 4, 1)))
                .project(project().contract("9").fundsTotal("9").signed(LocalDate.of(2012, 6, 1)));
        UnitOutcome own = f.assess(DEC, rules, Schedule.evenly());
        UnitOutcome builtIn = f.assess(DEC);
        for (String code : new String[] {"R_START", "R_FUNDS"}) {
            IndicatorOutcome mine = own.indicator(rules.catalogue().ofCode(code).orElseThrow());
            IndicatorOutcome theirs = builtIn.indicator(Indicator.ofCode(code).orElseThrow());
            assertThat(mine.ytd).as(code).isEqualByComparingTo(theirs.ytd);
            assertThat(mine.numerator).as(code).isEqualByComparingTo(theirs.numerator);
            assertThat(mine.denominator).as(code).isEqualByComparingTo(theirs.denominator);
        }
        // 2 of 3 started (66.67% ÷ 80%), 3.5 of 13 亿元 in place (26.92% ÷ 30%)
        assertThat(Decimals.displayPercent(
                        own.indicator(rules.catalogue().ofCode("R_FUNDS").orElseThrow()).ytd))
                .isEqualByComparingTo("26.92");
        assertThat(Decimals.display2(
                        own.indicator(rules.catalogue().ofCode("R_START").orElseThrow()).score))
                .isEqualByComparingTo("41.67");
    }
}
