package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.targets.AnnualTarget;
import org.zsyz.scorecard.store.unit.AssessedUnit;

/** A bad format-2 method is refused as a whole, every problem named with its file, line and key. */
class BadMethodTests {

    private static final String GOOD_A = """
              A:
                name: 到位资金
                unit: 亿元
                sum: funds_this_year
                target: true
                weight: 60
                method: ratio
            """;

    private static List<String> problems(String indicators, String extra) {
        RulesFileException e =
                catchThrowableOfType(RulesFileException.class, () -> MethodFiles.parse(indicators, extra));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(RulesFileException.Problem::toString).toList();
    }

    @Test
    void unknownLedgerColumnUnknownConditionKeyAndUnknownReportedItemAreNamedTogether() {
        List<String> p = problems("""
                  A:
                    name: 入库额
                    unit: 亿元
                    sum: stored_amount
                    where: {investor_source: [省外, 外省], size: big}
                    target: true
                    weight: 60
                    method: ratio
                  B:
                    name: 走访
                    unit: 批次
                    reported: visits
                    target: true
                    weight: 40
                    method: ratio
                    colour: red
                """, null);
        assertThat(p)
                .anyMatch(
                        s -> s.matches(
                                "assessment-2013\\.yml 第\\d+行 indicators\\.A\\.sum：台账没有“stored_amount”这一列；可合计 funds_this_year（本年到位资金）.*"))
                .anyMatch(s -> s.contains("indicators.A.where.investor_source：没有“外省”；可选 市内、市外省内、省外、境外"))
                .anyMatch(s -> s.contains("indicators.A.where.size：未知的键"))
                .anyMatch(s -> s.contains("indicators.B.reported：工作指标没有“visits”这一项；可选 trips（外出招商）"))
                .anyMatch(s -> s.contains("indicators.B.colour：未知的键"));
    }

    @Test
    void aRatioReferringToItselfDirectlyOrThroughACycleIsRefused() {
        List<String> p = problems(GOOD_A + """
                  R1:
                    name: 自比
                    unit: "%"
                    ratio: [R1, A]
                    weight: 10
                    method: rate
                    benchmark_percent: 50
                  R2:
                    name: 甲
                    unit: "%"
                    ratio: [A, R3]
                    weight: 15
                    method: rate
                    benchmark_percent: 50
                  R3:
                    name: 乙
                    unit: "%"
                    ratio: [R2, A]
                    weight: 15
                    method: rate
                    benchmark_percent: 50
                """, null);
        assertThat(p)
                .anyMatch(s -> s.contains("indicators.R1.ratio：指标之比不能引用自身：R1 → R1"))
                .anyMatch(s -> s.contains("indicators.R2.ratio：指标之比不能引用自身：R2 → R3 → R2"))
                .anyMatch(s -> s.contains("indicators.R3.ratio：指标之比不能引用自身：R3 → R2 → R3"));
    }

    @Test
    void weightsNotAddingUpAndAnUnknownReferenceAreRefused() {
        List<String> p = problems(GOOD_A + """
                  R:
                    name: 比
                    unit: "%"
                    ratio: [A, NOPE]
                    weight: 30
                    method: rate
                    benchmark_percent: 50
                  T:
                    name: 分档
                    unit: 亿元
                    sum: contract_amount
                    target: true
                    weight: 5
                    method: tiered
                    only_if: {indicator: GONE, at_least_percent: 20}
                """, null);
        assertThat(p)
                .anyMatch(s -> s.contains("indicators：各项权重合计应为 100，现为 95（A 60 + R 30 + T 5）"))
                .anyMatch(s -> s.contains("indicators.R.ratio：没有代码为“NOPE”的指标；本办法的指标为 A、R、T"))
                .anyMatch(s -> s.contains("indicators.T.only_if.indicator：没有代码为“GONE”的指标"));
    }

    @Test
    void unknownUnitMethodAndBadCodeAreNamedWithTheirLines() {
        List<String> p = problems("""
                  a1:
                    name: 到位资金
                    unit: 美元
                    sum: funds_this_year
                    weight: 100
                    method: bestof
                """, null);
        assertThat(p)
                .anyMatch(s -> s.matches(".*第\\d+行 indicators\\.a1：指标代码须为大写字母开头.*"))
                .anyMatch(s -> s.contains("indicators.a1.unit：未知的计量单位“美元”；可选 亿元、万元、万美元、个、批次、%"))
                .anyMatch(s -> s.contains("indicators.a1.method：未知的计分方法“bestof”"));
    }

    @Test
    void projectRulesNeedFormatTwo() {
        String text = DefaultMethod.text(2013) + "\nquotas:\n  - {name: x, at_least: 1, points_each_missing: 0.1}\n";
        RulesFileException e =
                catchThrowableOfType(RulesFileException.class, () -> RulesYaml.parse(text, MethodFiles.FILE, 2013));
        assertThat(e.problems())
                .extracting(RulesFileException.Problem::message)
                .contains("项目加减分规则和项目个数要求须用 format: 2 的办法文件");
    }

    @Test
    void aTargetColumnTheImportedWorkbookLacksAndAGroupThatDoesNotExistAreNamedTogether() {
        String text = MethodFiles.format2(GOOD_A + """
                  B:
                    name: 入库额
                    unit: 亿元
                    sum: contract_amount
                    target: true
                    weight: 40
                    method: ratio
                """, null)
                .replace("\"县市区\": {red: 2, black: 1}", "\"县区\": {red: 2, black: 1}");
        AssessmentRules rules = RulesYaml.parse(text, MethodFiles.FILE, 2013);
        RulesFile file = new RulesFile(2013, "/rules/" + MethodFiles.FILE, text, RulesFile.sha256(text), rules, true);
        Indicator a = rules.catalogue().ofCode("A").orElseThrow();
        List<RulesFileException.Problem> p = YearChecks.problems(
                file,
                List.of(new AssessedUnit(2013, "U1", "甲区", "县市区", true, 1)),
                List.of(new AnnualTarget(2013, "U1", Indicator.ofStoredCode(a.code()), BigDecimal.TEN)));
        assertThat(p)
                .extracting(RulesFileException.Problem::toString)
                .containsExactly(
                        "/rules/assessment-2013.yml red_black_lists.groups：组别“县区”不在2013年的考核组别（县市区）中，请按目标任务书改正",
                        "/rules/assessment-2013.yml indicators.B.target：已导入的2013年目标任务书没有“入库额(亿元)”列（或该列全部空白）："
                                + "请按本办法重新生成并导入目标任务书，或去掉该指标的 target");
    }
}
