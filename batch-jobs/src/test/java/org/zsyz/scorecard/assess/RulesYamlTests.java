package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.indicator.Indicator;

/** The year's method file: the defaults (docs/method.md) written and read back, and every kind of mistake named. */
class RulesYamlTests {

    static final String FILE = "assessment-2025.yml";
    static final String DEFAULTS = DefaultMethod.text(2025);

    /** The defaults with one line of the written file changed, read back. */
    static AssessmentRules parseDefaultsWith(String line, String replacement) {
        assertThat(DEFAULTS).contains(line);
        return RulesYaml.parse(DEFAULTS.replace(line, replacement), FILE, 2025);
    }

    /** The defaults with some weights changed (not validated: for rule tests). */
    static AssessmentRules withWeights(Map<Indicator, String> weights) {
        AssessmentRules d = AssessmentRules.defaults();
        Map<Indicator, AssessmentRules.IndicatorRule> rules = new java.util.TreeMap<>(d.indicators());
        weights.forEach((i, w) -> rules.put(
                i,
                new AssessmentRules.IndicatorRule(
                        i,
                        new BigDecimal(w),
                        rules.get(i).method(),
                        rules.get(i).benchmark())));
        return d.withIndicators(rules);
    }

    static List<RulesFileException.Problem> problems(String text) {
        RulesFileException e = catchThrowableOfType(RulesFileException.class, () -> RulesYaml.parse(text, FILE, 2025));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    static RulesFileException.Problem onlyProblem(String line, String replacement) {
        assertThat(DEFAULTS).contains(line);
        List<RulesFileException.Problem> problems = problems(DEFAULTS.replace(line, replacement));
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    static int lineOf(String text) {
        List<String> lines = DEFAULTS.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the defaults");
    }

    @Test
    void theWrittenDefaultsReadBackAsSpecsMethod() {
        AssessmentRules read = RulesYaml.parse(DEFAULTS, FILE, 2025);

        assertThat(read).isEqualTo(AssessmentRules.defaults().withName("2025年度招商引资考核办法"));
        assertThat(read.rule(Indicator.I1).weight()).isEqualByComparingTo("25");
        assertThat(read.rule(Indicator.R_FUNDS).benchmark()).isEqualByComparingTo("0.3");
        assertThat(read.ratioCap()).isEqualByComparingTo("1.2");
        assertThat(read.tiers())
                .extracting(t -> t.from().toPlainString(), t -> t.share().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "1"),
                        org.assertj.core.groups.Tuple.tuple("0.8", "0.75"),
                        org.assertj.core.groups.Tuple.tuple("0.5", "0.5"));
        assertThat(read.listSizes("县市区")).isEqualTo(new AssessmentRules.ListSizes(2, 1));
        assertThat(read.listSizes("开发区")).isEqualTo(new AssessmentRules.ListSizes(1, 1));
    }

    @Test
    void everyEntryOfTheWrittenFileIsExplainedInChinese() {
        for (String line : DEFAULTS.lines().toList()) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("- ")) {
                continue;
            }
            assertThat(line).as("an entry with its comment").contains("#");
            assertThat(line.substring(line.indexOf('#'))).as(line).matches(".*[\\u4e00-\\u9fff].*");
        }
        assertThat(DEFAULTS).contains("# 功效系数法", "scorecard rules check --year 2025", "不计分");
    }

    @Test
    void numbersStayExactDecimals() {
        String text = DEFAULTS.replace("I1:       {weight: 25,", "I1:       {weight: 24.9,")
                .replace("I3:       {weight: 15,", "I3:       {weight: 15.1,")
                .replace("benchmark_percent: 30}", "benchmark_percent: 33.3}");
        AssessmentRules read = RulesYaml.parse(text, FILE, 2025);

        assertThat(read.rule(Indicator.I1).weight()).isEqualTo(new BigDecimal("24.9"));
        assertThat(read.rule(Indicator.I3).weight()).isEqualTo(new BigDecimal("15.1"));
        assertThat(read.rule(Indicator.R_FUNDS).benchmark()).isEqualTo(new BigDecimal("0.333"));
    }

    @Test
    void percentagesMayCarryThePercentSignAndMethodsTheirChineseName() {
        AssessmentRules read = RulesYaml.parse(
                DEFAULTS.replace("ratio_cap_percent: 120", "ratio_cap_percent: 115%")
                        .replace("I6:       {weight: 15, method: ratio}", "I6:       {weight: 15, method: 功效系数法}"),
                FILE,
                2025);

        assertThat(read.ratioCap()).isEqualByComparingTo("1.15");
        assertThat(read.rule(Indicator.I6).method()).isEqualTo(ScoringMethod.EFFICACY);
    }

    @Test
    void aCohortStartCanBeAFixedDate() {
        assertThat(parseDefaultsWith("cohort_start: year-start", "cohort_start: 2023-01-01")
                        .cohortStart())
                .isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(RulesYaml.parse(DEFAULTS, FILE, 2025).cohortStart()).isNull();
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestKnownOne() {
        // weigth is unknown, and then weight is missing.
        List<RulesFileException.Problem> all =
                problems(DEFAULTS.replace("{weight: 25, method: ratio}", "{weigth: 25, method: ratio}"));
        assertThat(all)
                .extracting(RulesFileException.Problem::key)
                .containsExactlyInAnyOrder("indicators.I1.weight", "indicators.I1.weigth");
        assertThat(all)
                .anySatisfy(x -> assertThat(x.toString())
                        .isEqualTo(FILE + " 第" + lineOf("  I1:") + "行 indicators.I1.weigth：未知的键，是否应为“weight”？"));
    }

    @Test
    void anUnknownTopLevelKeyAndAnUnknownIndicatorAreRefused() {
        List<RulesFileException.Problem> p = problems(DEFAULTS + "\nbonus_cap: 12\n");
        assertThat(p)
                .singleElement()
                .extracting(RulesFileException.Problem::key)
                .isEqualTo("bonus_cap");

        RulesFileException.Problem i8 = onlyProblem("基准值\n", "基准值\n  I8: {weight: 0, method: ratio}\n");
        assertThat(i8.key()).isEqualTo("indicators.I8");
        assertThat(i8.message()).startsWith("没有这项指标；指标代码为 I1、I2");
        assertThat(i8.line()).isEqualTo(lineOf("indicators:") + 1);
    }

    @Test
    void aNegativeWeightIsRefused() {
        List<RulesFileException.Problem> p = problems(
                DEFAULTS.replace("I2:       {weight: 0, method: ratio}", "I2:       {weight: -5, method: ratio}"));

        assertThat(p).extracting(RulesFileException.Problem::key).contains("indicators.I2.weight");
        assertThat(p.get(0).message()).isEqualTo("权重须在 0 到 100 之间，现为 -5");
        assertThat(p.get(0).line()).isEqualTo(lineOf("  I2:"));
    }

    @Test
    void weightsMustAddUpToAHundred() {
        RulesFileException.Problem p = onlyProblem("{weight: 25, method: ratio}", "{weight: 20, method: ratio}");

        assertThat(p.key()).isEqualTo("indicators");
        assertThat(p.message())
                .isEqualTo("各项权重合计应为 100，现为 95（I1 20 + I3 15 + I4 10 + I5 10 + I6 15 + R_FULFIL 7 "
                        + "+ R_START 10 + R_FUNDS 8）");
    }

    @Test
    void tiersMustDescend() {
        RulesFileException.Problem p =
                onlyProblem("  - {from_percent: 50, share_percent: 50}", "  - {from_percent: 85, share_percent: 50}");

        assertThat(p.key()).isEqualTo("tiers[3].from_percent");
        assertThat(p.message()).isEqualTo("档次须自高到低排列：85% 不低于上一档的 80%");
        assertThat(p.line()).isEqualTo(lineOf("{from_percent: 50"));
        assertThat(onlyProblem("  - {from_percent: 50, share_percent: 50}", "  - {from_percent: 50, share_percent: 90}")
                        .message())
                .isEqualTo("低一档的得分比例（90%）不能高于上一档（75%）");
    }

    @Test
    void anUnknownMethodIsNamed() {
        RulesFileException.Problem p =
                onlyProblem("I4:       {weight: 10, method: ratio}", "I4:       {weight: 10, method: linear}");

        assertThat(p.key()).isEqualTo("indicators.I4.method");
        assertThat(p.message()).startsWith("未知的计分方法“linear”；可选 ratio（总量法）");
    }

    @Test
    void aRateNeedsItsBenchmarkAndAnIndicatorHasNone() {
        RulesFileException.Problem missing =
                onlyProblem("{weight: 10, method: rate, benchmark_percent: 80}", "{weight: 10, method: rate}");
        assertThat(missing.key()).isEqualTo("indicators.R_START.benchmark_percent");
        assertThat(missing.message()).startsWith("缺少此项");

        RulesFileException.Problem extra =
                onlyProblem("{weight: 25, method: ratio}", "{weight: 25, method: ratio, benchmark_percent: 80}");
        assertThat(extra.key()).isEqualTo("indicators.I1.benchmark_percent");
        assertThat(extra.message()).startsWith("到位市外资金是总量指标");

        assertThat(onlyProblem("benchmark_percent: 80}", "benchmark_percent: 0}")
                        .message())
                .isEqualTo("基准值须大于 0 且不超过 100，现为 0%");
        // 功效系数法 compares the rates themselves: no benchmark needed.
        AssessmentRules efficacy = RulesYaml.parse(
                DEFAULTS.replace("{weight: 10, method: rate, benchmark_percent: 80}", "{weight: 10, method: efficacy}"),
                FILE,
                2025);
        assertThat(efficacy.rule(Indicator.R_START).benchmark()).isEqualByComparingTo("1");
    }

    @Test
    void theYearMustMatchTheFileName() {
        RulesFileException.Problem p = onlyProblem("year: 2025", "year: 2024");

        assertThat(p.key()).isEqualTo("year");
        assertThat(p.message()).isEqualTo("文件写的是 2024 年，但文件名表明它是 2025 年的办法");
        assertThat(p.line()).isEqualTo(lineOf("year: 2025"));
    }

    @Test
    void aDuplicateKeyIsRefused() {
        RulesFileException.Problem p = onlyProblem("deadline_day: 5", "deadline_day: 5\ndeadline_day: 8");

        assertThat(p.key()).isEqualTo("deadline_day");
        assertThat(p.message()).isEqualTo("重复的键（第" + lineOf("deadline_day: 5") + "行已有）");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        List<RulesFileException.Problem> p = problems(DEFAULTS.replace("grades:", "grades: [unclosed"));

        assertThat(p).hasSize(1);
        assertThat(p.get(0).message()).startsWith("不是有效的 YAML");
        assertThat(p.get(0).line()).isGreaterThanOrEqualTo(lineOf("grades:"));
        assertThat(problems("").get(0).message()).startsWith("文件为空");
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheMessageIsOneLine() {
        String text = DEFAULTS.replace("late: 1", "late: -1")
                .replace("excellent: 90", "excellent: 75")
                .replace("light_green_from: -10", "light_green_from: 5")
                .replace("deadline_day: 5", "deadline_day: 32")
                .replace("red: 2", "red: two")
                .replace("cohort_start: year-start", "cohort_start: 2023-13-01")
                .replace("  no_funds_months: 12", "");
        RulesFileException e = catchThrowableOfType(RulesFileException.class, () -> RulesYaml.parse(text, FILE, 2025));

        assertThat(e.problems())
                .extracting(RulesFileException.Problem::key)
                .containsExactlyInAnyOrder(
                        "deductions.late",
                        "grades.good",
                        "deadline_day",
                        "red_black_lists.groups.县市区.red",
                        "colour_bands.light_green_from",
                        "cohort_start",
                        "warnings.no_funds_months");
        assertThat(e.getMessage()).startsWith("考核办法文件有7处错误，未使用：" + FILE + " 第").doesNotContain("\n");
        assertThat(e.problems())
                .filteredOn(x -> x.key().equals("grades.good"))
                .singleElement()
                .extracting(RulesFileException.Problem::message)
                .isEqualTo("良好下限（80）须低于优秀下限（75）");
    }

    @Test
    void theOptionalLowFundsPercentMustBeAbove0AndAtMost100() {
        RulesFileException.Problem p =
                onlyProblem("no_funds_months: 12", "no_funds_months: 12\n  started_low_funds_percent: 120");
        assertThat(p.key()).isEqualTo("warnings.started_low_funds_percent");
        assertThat(p.message()).isEqualTo("应大于 0 且不大于 100（百分数），现为 120");
    }

    @Test
    void aBonusTierListMustAscendAndAnEmptyGroupListIsFine() {
        RulesFileException.Problem p = onlyProblem("    - {from_yi: 50, points: 8}", "    - {from_yi: 5, points: 8}");
        assertThat(p.key()).isEqualTo("bonus.contract_tiers[2].from_yi");

        AssessmentRules noGroups =
                RulesYaml.parse(DEFAULTS.replace("    \"县市区\": {red: 2, black: 1}", "    {}  #"), FILE, 2025);
        assertThat(noGroups.groupLists()).isEmpty();
        assertThat(RulesYaml.parse(DefaultMethod.text(2025, 5, List.of("城区")), FILE, 2025))
                .isEqualTo(noGroups);
    }

    /** What rules init writes: the year, the installation's deadline day and only the year's groups put in. */
    @Test
    void theShippedFileIsWrittenForTheYearTheDeadlineAndTheGroups() {
        String written = DefaultMethod.text(2026, 15, List.of("县市区", "开发区"));

        assertThat(written)
                .contains(
                        "year: 2026                      #",
                        "name: \"2026年度招商引资考核办法\"",
                        "deadline_day: 15             #",
                        "    \"县市区\": {red: 2, black: 1}")
                .doesNotContain("${");
        AssessmentRules read = RulesYaml.parse(written, "assessment-2026.yml", 2026);
        assertThat(read.deadlineDay()).isEqualTo(15);
        assertThat(read)
                .isEqualTo(AssessmentRules.defaults().withName("2026年度招商引资考核办法").withDeadlineDay(15));
        assertThat(DefaultMethod.text(2026, 5, List.of("城区")))
                .doesNotContain("县市区")
                .contains("  groups:                    #", "    {}                       # 无：各组别都按 default");
        assertThat(DefaultMethod.text(2026, 5, null)).isEqualTo(DefaultMethod.text(2026));
    }

    @Test
    void aNameWithQuotesIsReadAsWritten() {
        AssessmentRules edited = parseDefaultsWith("name: \"2025年度招商引资考核办法\"", "name: \"示例市\\\"2025\\\"办法\"");

        assertThat(edited.name()).isEqualTo("示例市\"2025\"办法");
    }
}
