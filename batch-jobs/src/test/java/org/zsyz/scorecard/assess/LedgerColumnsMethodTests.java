package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ExtraValues;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** A format-2 method's extra ledger columns (ledger_columns:): read, used in conditions and sums, refused when wrong. */
class LedgerColumnsMethodTests {

    private static final YearMonth DEC = YearMonth.of(2013, 12);

    static final String COLUMNS = """
            ledger_columns:
              STORED: {name: 是否入库, type: yes_no, required: true}
              STORED_AMOUNT: {name: 入库额, type: amount, unit: 亿元, min: 0}
              LAND: {name: 供地面积, type: number, unit: 亩, min: 0, max: 10000}
              KIND: {name: 入库类别, type: choice, choices: [新建, 扩建, 技改]}
              CREDIT: {name: 统一社会信用代码, type: credit_code}
              REF: {name: 备案号, type: text, pattern: "[0-9]{4}-[0-9]{6}", max_length: 11}
            """;

    static final String STORED = """
              STORED_FUNDS:
                name: 固定资产投资入库
                unit: 亿元
                sum: STORED_AMOUNT
                where: {STORED: 是}
                target: true
                weight: 60
                method: ratio
              NEW_BUILDS:
                name: 新建入库项目
                unit: 个
                count: projects
                where: {STORED: true, KIND: [新建, 扩建], LAND: {from: 50}}
                target: true
                weight: 40
                method: ratio
            """;

    @Test
    void theColumnsAreReadWithTheirTypesAndChecks() {
        AssessmentRules rules = MethodFiles.parse(STORED, COLUMNS);
        ExtraColumns columns = rules.definitions().columns();
        assertThat(columns.all())
                .extracting(LedgerColumn::code)
                .containsExactly("STORED", "STORED_AMOUNT", "LAND", "KIND", "CREDIT", "REF");
        assertThat(columns.all())
                .extracting(LedgerColumn::header)
                .containsExactly("是否入库", "入库额(亿元)", "供地面积(亩)", "入库类别", "统一社会信用代码", "备案号");
        LedgerColumn land = columns.ofCode("LAND").orElseThrow();
        assertThat(land.type()).isEqualTo(LedgerColumn.Type.NUMBER);
        assertThat(land.max()).isEqualByComparingTo("10000");
        assertThat(columns.ofCode("STORED").orElseThrow().required()).isTrue();
        assertThat(columns.ofCode("KIND").orElseThrow().choices()).containsExactly("新建", "扩建", "技改");
        assertThat(columns.ofCode("REF")
                        .orElseThrow()
                        .pattern()
                        .matcher("2024-000123")
                        .matches())
                .isTrue();
        // a format-1 method (the default) declares none
        assertThat(RulesYaml.parse(DefaultMethod.text(2013), MethodFiles.FILE, 2013)
                        .definitions()
                        .columns()
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aSumOfAnExtraAmountAndConditionsOnExtraColumnsCountOnlyTheMatchingProjects() {
        AssessmentRules rules = MethodFiles.parse(STORED, COLUMNS);
        Indicator stored = rules.catalogue().ofCode("STORED_FUNDS").orElseThrow();
        Indicator builds = rules.catalogue().ofCode("NEW_BUILDS").orElseThrow();
        LedgerFigures figures = new LedgerFigures(DEC, rules);
        figures.add(project("P1", Map.of("STORED", "是", "STORED_AMOUNT", "2.5", "KIND", "新建", "LAND", "80")));
        figures.add(project("P2", Map.of("STORED", "是", "STORED_AMOUNT", "1.25", "KIND", "技改", "LAND", "300")));
        figures.add(project("P3", Map.of("STORED", "否", "STORED_AMOUNT", "9", "KIND", "新建", "LAND", "90")));
        figures.add(project("P4", Map.of("STORED", "是", "KIND", "扩建", "LAND", "50")));
        figures.add(project("P5", Map.of("STORED", "是", "STORED_AMOUNT", "0.75", "KIND", "新建", "LAND", "49.99")));
        figures.add(project("P6", Map.of())); // blank cells match no condition on them
        // Σ 入库额 of the 入库 projects: 2.5 + 1.25 + 0.75 (P4 has none, P3 is not 入库)
        assertThat(figures.ytd(stored)).isEqualByComparingTo("4.5");
        // 入库, 新建 or 扩建, 供地面积 ≥ 50: P1 and P4
        assertThat(figures.ytd(builds)).isEqualByComparingTo("2");
    }

    private static List<String> problems(String indicators, String extra) {
        RulesFileException e =
                catchThrowableOfType(RulesFileException.class, () -> MethodFiles.parse(indicators, extra));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(RulesFileException.Problem::toString).toList();
    }

    @Test
    void anUnknownColumnInAConditionOrASumAndAColumnThatCannotBeSummedAreNamed() {
        List<String> p = problems("""
                  A:
                    name: 入库额
                    unit: 亿元
                    sum: STORED_AMT
                    where: {STORD: 是}
                    target: true
                    weight: 50
                    method: ratio
                  B:
                    name: 入库项目
                    unit: 亿元
                    sum: STORED
                    where: {KIND: 新增}
                    target: true
                    weight: 50
                    method: ratio
                """, COLUMNS);
        assertThat(p)
                .anyMatch(s -> s.matches("assessment-2013\\.yml 第\\d+行 indicators\\.A\\.sum：台账没有“STORED_AMT”这一列；"
                        + "可合计 funds_this_year.*，或本办法声明的附加列：STORED（是否入库）、STORED_AMOUNT（入库额\\(亿元\\)）.*"))
                .anyMatch(s -> s.matches("assessment-2013\\.yml 第\\d+行 indicators\\.A\\.where\\.STORD：台账没有附加列“STORD”；"
                        + "本办法声明的附加列：STORED（是否入库）.*"))
                .anyMatch(s -> s.contains("indicators.B.sum：附加列“是否入库”是是/否列，不能合计"))
                .anyMatch(s -> s.contains("indicators.B.where.KIND：没有“新增”；可选 新建、扩建、技改"));
    }

    @Test
    void anUnknownColumnInAProjectRuleOrQuotaIsNamed() {
        List<String> p = problems(STORED, COLUMNS + """
                project_rules:
                  - {name: 未入库, where: {STORED: 否, LANDS: {from: 1}}, points: -0.1}
                """);
        assertThat(p).anyMatch(s -> s.contains("project_rules[1].where.LANDS：台账没有附加列“LANDS”"));
    }

    @Test
    void badColumnDeclarationsAreRefusedEachWithItsLineAndKey() {
        List<String> p = problems(STORED, """
                ledger_columns:
                  STORED: {name: 是否入库, type: yes_no, unit: 个}
                  STORED_AMOUNT: {name: 入库额, type: amount}
                  LAND: {name: 供地面积, type: area}
                  KIND: {name: 入库类别, type: choice}
                  REF: {name: 备案号, type: text, pattern: "[0-9", min: 1}
                  bad: {name: 入库额, type: count, colour: red}
                """);
        assertThat(p)
                .anyMatch(s -> s.matches(
                        "assessment-2013\\.yml 第\\d+行 ledger_columns\\.STORED\\.unit：只有 amount 和 number 列有单位"))
                .anyMatch(s -> s.contains("ledger_columns.STORED_AMOUNT.unit：金额列须写明单位：亿元 或 万元"))
                .anyMatch(s -> s.contains("ledger_columns.LAND.type：未知的列类型“area”；可选 amount（金额）"))
                .anyMatch(s -> s.contains("ledger_columns.KIND.choices：choice 列须用 choices 列出可选值"))
                .anyMatch(s -> s.contains("ledger_columns.REF.pattern：不是有效的正则表达式"))
                .anyMatch(s -> s.contains("ledger_columns.REF.min：只有 amount、number 和 count 列可写 min"))
                .anyMatch(s -> s.contains("ledger_columns.bad：列代码须为大写字母开头"))
                .anyMatch(s -> s.contains("ledger_columns.bad.name：与另一附加列同名“入库额”"))
                .anyMatch(s -> s.contains("ledger_columns.bad.colour：未知的键"));
    }

    @Test
    void extraColumnsNeedFormatTwo() {
        RulesFileException e = catchThrowableOfType(
                RulesFileException.class,
                () -> RulesYaml.parse(DefaultMethod.text(2013) + "\n" + COLUMNS, MethodFiles.FILE, 2013));
        assertThat(e.problems())
                .extracting(RulesFileException.Problem::toString)
                .anyMatch(s -> s.contains("ledger_columns：台账附加列须用 format: 2 的办法文件"));
    }

    private static LedgerProject project(String no, Map<String, String> extras) {
        return new LedgerProject(
                        1,
                        no,
                        1,
                        "项目" + no,
                        "投资方",
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2013, 3, 1),
                        BigDecimal.TEN,
                        LocalDate.of(2013, 4, 1),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        null,
                        true,
                        false,
                        null)
                .withExtraValues(ExtraValues.encode(new LinkedHashMap<>(extras)));
    }
}
