package org.zsyz.scorecard.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zsyz.scorecard.returns.WorkbookProbe.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

class TargetsWorkbookWriterTest {

    @TempDir
    Path dir;

    private static final UnitTargets MUYE = new UnitTargets(
            "410711",
            "牧野区",
            "城区",
            true,
            Map.of(
                    Indicator.I1,
                    new BigDecimal("19.8"),
                    Indicator.I2,
                    new BigDecimal("18"),
                    Indicator.I3,
                    new BigDecimal("2699"),
                    Indicator.I4,
                    new BigDecimal("12"),
                    Indicator.I5,
                    new BigDecimal("86.35"),
                    Indicator.I6,
                    new BigDecimal("8"),
                    Indicator.I7,
                    new BigDecimal("36")));
    /** No I3 and no I6 target: blank cells ("—"). */
    private static final UnitTargets BONDED = new UnitTargets(
            "419973",
            "示例综合保税区",
            "开发区",
            false,
            Map.of(
                    Indicator.I1,
                    new BigDecimal("8.5"),
                    Indicator.I2,
                    new BigDecimal("6.8"),
                    Indicator.I4,
                    new BigDecimal("5"),
                    Indicator.I5,
                    new BigDecimal("30"),
                    Indicator.I7,
                    new BigDecimal("12")));

    private static TreeMap<Integer, BigDecimal> schedule() {
        TreeMap<Integer, BigDecimal> schedule = new TreeMap<>();
        int[] percents = {5, 10, 18, 26, 34, 42, 50, 58, 67, 77, 88, 100};
        for (int m = 1; m <= 12; m++) {
            schedule.put(m, BigDecimal.valueOf(percents[m - 1]));
        }
        return schedule;
    }

    @Test
    void writesUnitsTargetsScheduleAndInstructions() throws IOException {
        Path file = dir.resolve("targets-2013.xlsx");
        new TargetsWorkbookWriter().write(new TargetsWorkbook(2013, List.of(MUYE, BONDED), schedule()), file);

        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("考核单位", "年度目标", "序时进度", "填报说明");

            XSSFSheet units = wb.getSheet(TargetsTemplate.UNITS_SHEET);
            assertThat(rowTexts(units, 0)).containsExactly("单位代码", "单位名称", "考核组别", "参与综合排名", "联系邮箱", "机器人地址", "机器人密钥");
            assertStyledFrozenHeader(units, 7);
            assertThat(note(units, 0, 4)).startsWith("可选；");
            assertThat(note(units, 0, 6)).startsWith("可选；").contains("加签密钥");
            assertThat(rowTexts(units, 1)).containsExactly("410711", "牧野区", "城区", "是");
            assertThat(rowTexts(units, 2)).containsExactly("419973", "示例综合保税区", "开发区", "否");
            Map<Integer, DataValidation> unitRules = validationsByColumn(units);
            assertThat(listValues(unitRules.get(3))).containsExactly("是", "否");
            assertThat(unitRules.get(3).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            // groups: those in use first, then the usual ones; other values allowed after a warning
            assertThat(listValues(unitRules.get(2))).containsExactly("城区", "开发区", "县市区");
            assertThat(unitRules.get(2).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(range(unitRules.get(3)).getLastRow()).isEqualTo(1002);
            assertThat(note(units, 0, 3)).contains("不参加综合排名");

            XSSFSheet targets = wb.getSheet(TargetsTemplate.TARGETS_SHEET);
            assertThat(rowTexts(targets, 0)).isEqualTo(TargetsTemplate.targetHeaders());
            assertThat(rowTexts(targets, 0))
                    .containsExactly(
                            "单位代码",
                            "到位市外资金(亿元)",
                            "其中省外资金(亿元)",
                            "实际利用外资(万美元)",
                            "新签约亿元以上项目(个)",
                            "新签约合同额(亿元)",
                            "新开工亿元以上项目(个)",
                            "外出招商(批次)");
            assertStyledFrozenHeader(targets, 8);
            assertThat(note(targets, 0, 3)).contains("不填表示未下达");

            Row muye = targets.getRow(1);
            assertThat(muye.getCell(0).getStringCellValue()).isEqualTo("410711");
            assertThat(decimal(muye.getCell(1), 2)).isEqualTo(new BigDecimal("19.80"));
            assertThat(decimal(muye.getCell(2), 2)).isEqualTo(new BigDecimal("18.00"));
            assertThat(decimal(muye.getCell(3), 2)).isEqualTo(new BigDecimal("2699.00"));
            assertThat(decimal(muye.getCell(4), 0)).isEqualTo(new BigDecimal("12"));
            assertThat(decimal(muye.getCell(5), 2)).isEqualTo(new BigDecimal("86.35"));
            assertThat(muye.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(muye.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(muye.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(muye.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0");

            Row bonded = targets.getRow(2);
            assertThat(isBlank(bonded, 3)).as("no I3 target").isTrue();
            assertThat(isBlank(bonded, 6)).as("no I6 target").isTrue();
            assertThat(decimal(bonded.getCell(1), 2)).isEqualTo(new BigDecimal("8.50"));

            Map<Integer, DataValidation> targetRules = validationsByColumn(targets);
            assertThat(targetRules.get(0).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.LIST);
            assertThat(targetRules.get(0).getValidationConstraint().getFormula1())
                    .isEqualTo("'考核单位'!$A$2:$A$1003");
            assertThat(targetRules.get(1).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DECIMAL);
            assertThat(targetRules.get(4).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.INTEGER);

            XSSFSheet schedule = wb.getSheet(TargetsTemplate.SCHEDULE_SHEET);
            assertThat(rowTexts(schedule, 0)).containsExactly("月份", "累计进度(%)");
            assertStyledFrozenHeader(schedule, 2);
            assertThat(schedule.getLastRowNum()).isEqualTo(12);
            assertThat(decimal(schedule.getRow(9).getCell(0), 0)).isEqualTo(new BigDecimal("9"));
            assertThat(decimal(schedule.getRow(9).getCell(1), 2)).isEqualTo(new BigDecimal("67.00"));
            assertThat(decimal(schedule.getRow(12).getCell(1), 2)).isEqualTo(new BigDecimal("100.00"));

            XSSFSheet instructions = wb.getSheet(TargetsTemplate.INSTRUCTIONS_SHEET);
            assertThat(wb.getSheetIndex(instructions)).isEqualTo(3);
            assertThat(rowTexts(instructions, 0)).containsExactly("模板版本", TargetsTemplate.VERSION_MARKER);
            assertThat(rowTexts(instructions, 1)).containsExactly("年度", "2013");
        }
    }

    @Test
    void blankTemplateHasHeadersOnlyAndAHeaderOnlySchedule() throws IOException {
        Path file = dir.resolve("blank.xlsx");
        new TargetsWorkbookWriter().write(TargetsWorkbook.blank(2026), file);

        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("考核单位", "年度目标", "序时进度", "填报说明");
            assertThat(wb.getSheet("考核单位").getLastRowNum()).isZero();
            assertThat(wb.getSheet("年度目标").getLastRowNum()).isZero();
            assertThat(wb.getSheet("序时进度").getLastRowNum()).isZero();
            assertThat(rowTexts(wb.getSheet("年度目标"), 0)).isEqualTo(TargetsTemplate.targetHeaders());
            assertThat(listValues(validationsByColumn(wb.getSheet("考核单位")).get(2)))
                    .containsExactly("县市区", "城区", "开发区");
            assertThat(rowTexts(wb.getSheet("填报说明"), 0)).containsExactly("模板版本", "ZSYZ-TARGETS-1");
            assertThat(rowTexts(wb.getSheet("填报说明"), 1)).containsExactly("年度", "2026");
            assertThat(rowTexts(wb.getSheet("考核单位"), 0))
                    .endsWith(TargetsTemplate.unitContactHeaders().toArray(String[]::new));
            List<String> lines = new java.util.ArrayList<>();
            wb.getSheet("填报说明").forEach(row -> row.forEach(cell -> lines.add(cell.toString())));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("联系邮箱、机器人地址、机器人密钥三列可选"));
        }
    }

    @Test
    void aMethodsOwnIndicatorsMakeTheTargetColumnsInItsOrder() throws IOException {
        // 牧野区 2013's three figures and a project quota: the method's order, its names and units
        Indicator bigProjects = new Indicator("Q_3_10", 3, "3—10亿元项目", "3—10亿元项目", "个", Indicator.Kind.COUNT, true);
        Indicator shownRate = new Indicator("R_X", 4, "入库率", "入库率", "%", Indicator.Kind.RATE, false);
        IndicatorCatalogue method =
                new IndicatorCatalogue(List.of(Indicator.I1, Indicator.I2, Indicator.I3, bigProjects, shownRate));
        UnitTargets muye = new UnitTargets(
                "410711",
                "牧野区",
                "城区",
                true,
                Map.of(
                        Indicator.I1,
                        new BigDecimal("19.8"),
                        Indicator.I2,
                        new BigDecimal("18"),
                        Indicator.I3,
                        new BigDecimal("2699"),
                        bigProjects,
                        new BigDecimal("7")));
        Path file = dir.resolve("method.xlsx");
        new TargetsWorkbookWriter().withCatalogue(method).write(new TargetsWorkbook(2013, List.of(muye)), file);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet targets = wb.getSheet("年度目标");
            assertThat(rowTexts(targets, 0))
                    .containsExactly("单位代码", "到位市外资金(亿元)", "其中省外资金(亿元)", "实际利用外资(万美元)", "3—10亿元项目(个)")
                    .isEqualTo(TargetsTemplate.targetHeaders(method));
            assertThat(targets.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(19.8);
            assertThat(targets.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2699);
            assertThat(targets.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(7);
            assertThat(validationsByColumn(targets)
                            .get(4)
                            .getValidationConstraint()
                            .getValidationType())
                    .as("a count column takes whole numbers")
                    .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.INTEGER);
            StringBuilder instructions = new StringBuilder();
            wb.getSheet("填报说明")
                    .forEach(row -> row.forEach(
                            cell -> instructions.append(cell.toString()).append('\n')));
            assertThat(instructions).contains("到位市外资金(亿元)、其中省外资金(亿元)、实际利用外资(万美元)、3—10亿元项目(个)（整数）");
        }
        // the default method's template is today's
        assertThat(TargetsTemplate.targetHeaders(IndicatorCatalogue.DEFAULT))
                .isEqualTo(TargetsTemplate.targetHeaders());
    }

    @Test
    void withATimestampTheSameTargetsGiveTheSameBytes() throws IOException {
        TargetsWorkbookWriter writer = new TargetsWorkbookWriter().withTimestamp(Instant.parse("2025-01-06T02:00:00Z"));
        TargetsWorkbook model = new TargetsWorkbook(2025, List.of(MUYE, BONDED));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.write(model, first);
        writer.write(model, second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void modelRejectsWhatCannotBeWritten() {
        assertThatThrownBy(() -> new TargetsWorkbook(2025, List.of(MUYE, MUYE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("410711");
        TreeMap<Integer, BigDecimal> bad = new TreeMap<>(Map.of(13, BigDecimal.TEN));
        assertThatThrownBy(() -> new TargetsWorkbook(2025, List.of(), bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13");
        TreeMap<Integer, BigDecimal> over = new TreeMap<>(Map.of(12, new BigDecimal("100.01")));
        assertThatThrownBy(() -> new TargetsWorkbook(2025, List.of(), over))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitTargets("1", "a", "城区", true, Map.of(Indicator.R_START, BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R_START");
        assertThatThrownBy(() -> new UnitTargets("1", "a", "城区", true, Map.of(Indicator.I1, new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BONDED.target(Indicator.I3)).isEmpty();
        assertThat(BONDED.target(Indicator.I1)).contains(new BigDecimal("8.5"));
    }
}
