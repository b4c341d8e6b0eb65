package org.zsyz.scorecard.targets;

import static org.zsyz.scorecard.targets.TargetsTemplate.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zsyz.scorecard.returns.TemplateValidations;
import org.zsyz.scorecard.returns.TemplateWorkbooks;
import org.zsyz.scorecard.returns.TemplateWorkbooks.Column;
import org.zsyz.scorecard.returns.TemplateWorkbooks.Styles;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

/**
 * Writes the targets workbook (年度目标任务书) of docs/returns-and-targets.md: sheets 考核单位, 年度目标, 序时进度 and, last,
 * 填报说明 with the {@link TargetsTemplate#VERSION_MARKER} and the year. {@link TargetsWorkbook#blank(int)} gives the
 * blank template. Targets arrive as {@link BigDecimal}; a missing target is a blank cell. Immutable, thread-safe.
 */
public final class TargetsWorkbookWriter {

    /** Groups offered in the 考核组别 drop-down besides those already used; other values are allowed. */
    public static final List<String> SUGGESTED_GROUPS = List.of("县市区", "城区", "开发区");

    private final Optional<Instant> timestamp;
    private final IndicatorCatalogue catalogue;

    /** A writer for the default method's indicators. */
    public TargetsWorkbookWriter() {
        this(Optional.empty(), IndicatorCatalogue.DEFAULT);
    }

    private TargetsWorkbookWriter(Optional<Instant> timestamp, IndicatorCatalogue catalogue) {
        this.timestamp = timestamp;
        this.catalogue = catalogue;
    }

    /** A writer that stamps the file with this creation time and fixed zip entry times (reproducible bytes). */
    public TargetsWorkbookWriter withTimestamp(Instant timestamp) {
        return new TargetsWorkbookWriter(Optional.of(timestamp), catalogue);
    }

    /**
     * A writer for the year's method: one 年度目标 column per indicator with a target, in the method's order,
     * headed {@link Indicator#targetHeader()} as {@link TargetsTemplate#targetHeaders(IndicatorCatalogue)} says.
     */
    public TargetsWorkbookWriter withCatalogue(IndicatorCatalogue catalogue) {
        return new TargetsWorkbookWriter(timestamp, java.util.Objects.requireNonNull(catalogue, "catalogue"));
    }

    public void write(TargetsWorkbook workbook, Path file) throws IOException {
        TemplateWorkbooks.writeAtomically(file, out -> write(workbook, out));
    }

    /** Writes the workbook; the stream is not closed. */
    public void write(TargetsWorkbook workbook, OutputStream out) throws IOException {
        SXSSFWorkbook wb = TemplateWorkbooks.newStreamingWorkbook();
        try {
            Styles styles = TemplateWorkbooks.styles(wb);
            writeUnits(wb.createSheet(UNITS_SHEET), workbook, styles);
            writeTargets(wb.createSheet(TARGETS_SHEET), workbook, styles);
            writeSchedule(wb.createSheet(SCHEDULE_SHEET), workbook, styles);
            TemplateWorkbooks.instructionsSheet(
                    wb,
                    INSTRUCTIONS_SHEET,
                    TEMPLATE_VERSION,
                    VERSION_MARKER,
                    List.of(Map.entry(YEAR, String.valueOf(workbook.year()))),
                    workbook.year() + "年度目标任务书填写说明",
                    instructions(workbook.year(), catalogue),
                    styles);
            wb.setActiveSheet(0);
            TemplateWorkbooks.properties(wb, workbook.year() + "年度招商引资目标任务书", timestamp);
            TemplateWorkbooks.save(wb, out, timestamp);
        } finally {
            TemplateWorkbooks.discard(wb);
        }
    }

    private static void writeUnits(Sheet sheet, TargetsWorkbook workbook, Styles styles) {
        List<String> headers = unitHeaders();
        TemplateWorkbooks.headerRow(
                sheet,
                List.of(
                        new Column(
                                headers.get(0), "必填；1—20位字母、数字、下划线或连字符。县（市、区）一般用6位行政区划代码，如 410711", 14, styles.text()),
                        new Column(headers.get(1), "必填；考核单位全称，如 牧野区", 24, styles.text()),
                        new Column(headers.get(2), "必填；同一组别内的单位相互排名，如 县市区、城区、开发区", 12, styles.text()),
                        new Column(headers.get(3), "是/否；选“否”的单位照常计分和展示，但不参加综合排名", 12, styles.text()),
                        // the optional contact columns: blank in the template, filled by the bureau if it likes
                        new Column(CONTACT_EMAIL, "可选；本单位接收成绩单和催报的电子邮件地址，如 tongji@example.gov.cn", 28, styles.text()),
                        new Column(
                                CONTACT_WEBHOOK,
                                "可选；本单位工作群钉钉 / 政务钉钉或企业微信机器人的 Webhook 地址（http:// 或 https:// 开头）",
                                36,
                                styles.text()),
                        new Column(CONTACT_SECRET, "可选；钉钉机器人的加签密钥（SEC 开头），只与机器人地址一起填写；企业微信机器人留空", 20, styles.text())),
                styles);
        int r = 1;
        Set<String> groups = new LinkedHashSet<>();
        for (UnitTargets unit : workbook.units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.code(), styles);
            text(row, 1, unit.name(), styles);
            text(row, 2, unit.group(), styles);
            text(row, 3, unit.ranked() ? YES : NO, styles);
            groups.add(unit.group());
        }
        groups.addAll(SUGGESTED_GROUPS);
        int last = TemplateValidations.validatedLastRow(1, workbook.units().size());
        TemplateValidations.suggestionValidation(sheet, 1, last, 2, new ArrayList<>(groups), GROUP);
        TemplateValidations.listValidation(sheet, 1, last, 3, List.of(YES, NO), RANKED);
    }

    private void writeTargets(Sheet sheet, TargetsWorkbook workbook, Styles styles) {
        List<Indicator> indicators = catalogue.withTargets();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(UNIT_CODE, "必填；须与“考核单位”表中的单位代码一致", 14, styles.text()));
        for (Indicator indicator : indicators) {
            columns.add(
                    new Column(indicator.targetHeader(), targetNote(indicator), 14, numberStyle(indicator, styles)));
        }
        if (!columns.stream().map(Column::header).toList().equals(targetHeaders(catalogue))) {
            throw new IllegalStateException("TargetsTemplate.targetHeaders() and the writer disagree");
        }
        TemplateWorkbooks.headerRow(sheet, columns, styles);
        int r = 1;
        for (UnitTargets unit : workbook.units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.code(), styles);
            // by code: the targets may come keyed by indicators of another (equal-coded) catalogue instance
            Map<String, BigDecimal> byCode = new java.util.HashMap<>();
            unit.targets().forEach((indicator, value) -> byCode.put(indicator.code(), value));
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                BigDecimal target = byCode.get(indicator.code());
                if (target != null) {
                    Cell cell = row.createCell(i + 1);
                    cell.setCellValue(target.doubleValue()); // the only double: what an Excel cell holds
                    cell.setCellStyle(numberStyle(indicator, styles));
                }
            }
        }
        int last = TemplateValidations.validatedLastRow(1, workbook.units().size());
        int lastUnitRow = last + 1; // the 考核单位 codes cover the same rows; +1 for Excel's 1-based numbering
        TemplateValidations.formulaListValidation(
                sheet, 1, last, 0, "'" + UNITS_SHEET + "'!$A$2:$A$" + lastUnitRow, UNIT_CODE, "请选择“考核单位”表中已列出的单位代码");
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.kind() == Indicator.Kind.COUNT) {
                TemplateValidations.wholeNumberValidation(sheet, 1, last, i + 1, indicator.fullName());
            } else {
                TemplateValidations.decimalValidation(sheet, 1, last, i + 1, indicator.fullName());
            }
        }
    }

    private static void writeSchedule(Sheet sheet, TargetsWorkbook workbook, Styles styles) {
        TemplateWorkbooks.headerRow(
                sheet,
                List.of(
                        new Column(MONTH, "1—12", 10, styles.count()),
                        new Column(
                                CUMULATIVE_PROGRESS,
                                "截至该月末应完成全年目标的累计百分比，如 75 表示 75%。本表可不填（只留表头），不填则按 月份÷12 计算",
                                16,
                                styles.money())),
                styles);
        int r = 1;
        for (Map.Entry<Integer, BigDecimal> step : workbook.schedule().entrySet()) {
            Row row = sheet.createRow(r++);
            Cell month = row.createCell(0);
            month.setCellValue(step.getKey());
            month.setCellStyle(styles.count());
            Cell percent = row.createCell(1);
            percent.setCellValue(step.getValue().doubleValue());
            percent.setCellStyle(styles.money());
        }
        TemplateValidations.monthValidation(sheet, 1, 12, 0, MONTH);
        TemplateValidations.percentValidation(sheet, 1, 12, 1, CUMULATIVE_PROGRESS);
    }

    private static CellStyle numberStyle(Indicator indicator, Styles styles) {
        return indicator.kind() == Indicator.Kind.COUNT ? styles.count() : styles.money();
    }

    private static final java.util.Map<String, String> NOTES = java.util.Map.of(
            "I1", "市外省内、省外投资方项目本年到位资金之和",
            "I2", "省外投资方项目本年到位资金之和（到位市外资金的一部分）",
            "I3", "境外投资方项目本年到位外资之和，不折算人民币",
            "I4", "本年签约、合同投资额1亿元及以上的项目个数",
            "I5", "本年签约项目的合同投资额之和",
            "I6", "本年开工、合同投资额1亿元及以上的项目个数",
            "I7", "本年外出招商批次");

    private static String targetNote(Indicator indicator) {
        String what = NOTES.getOrDefault(indicator.code(), indicator.fullName());
        return "年度目标，单位" + indicator.unitOfMeasure() + "。" + what + "。不填表示未下达该项目标：显示为“—”，不计分，权重按比例分摊到其他指标";
    }

    private static final String CONTACTS_NOTE =
            "考核单位的联系邮箱、机器人地址、机器人密钥三列可选，可以不填：" + "填了的，导入时保存为该单位的联系方式，用于发送催报和成绩单（地址格式不对的，整份任务书不予导入并指明单元格）。";

    private static List<String> instructions(int year, IndicatorCatalogue catalogue) {
        if (!catalogue.isDefault()) {
            return methodInstructions(year, catalogue);
        }
        return List.of(
                "本表为" + year + "年度招商引资目标任务书，每年一份，由考核办公室填写并导入系统。",
                "请勿修改工作表名称和表头文字，请勿删除本说明页（系统据“模板版本”识别模板）。",
                "考核单位：每个考核单位一行。同一考核组别内的单位相互排名；参与综合排名为“否”的单位照常计分和展示，但不参加排名。",
                CONTACTS_NOTE,
                "年度目标：每个单位一行，单位代码须与“考核单位”表一致。金额单位为亿元（可把表头中的“(亿元)”改为“(万元)”），实际利用外资单位为万美元，项目单位为个，外出招商单位为批次。",
                "某项目标不填，表示未给该单位下达该项目标：该指标显示为“—”，不计分，其权重按比例分摊到该单位的其他指标。",
                "序时进度（可选）：月份 1—12 及截至该月末的累计进度（%），如 9 月 75 表示 75%。只保留表头不填，则序时进度按 月份÷12 计算。");
    }

    /** The instructions for a method's own indicators: the same rules, the columns named from the method. */
    private static List<String> methodInstructions(int year, IndicatorCatalogue catalogue) {
        List<String> columns = catalogue.withTargets().stream()
                .map(i -> i.targetHeader() + (i.kind() == Indicator.Kind.COUNT ? "（整数）" : ""))
                .toList();
        return List.of(
                "本表为" + year + "年度招商引资目标任务书，每年一份，由考核办公室填写并导入系统。",
                "请勿修改工作表名称和表头文字，请勿删除本说明页（系统据“模板版本”识别模板）。",
                "考核单位：每个考核单位一行。同一考核组别内的单位相互排名；参与综合排名为“否”的单位照常计分和展示，但不参加排名。",
                CONTACTS_NOTE,
                "年度目标：每个单位一行，单位代码须与“考核单位”表一致。本年度考核办法的目标列（单位见括号）：" + String.join("、", columns)
                        + "。亿元列可把表头中的“(亿元)”改为“(万元)”。",
                "某项目标不填，表示未给该单位下达该项目标：该指标显示为“—”，不计分，其权重按比例分摊到该单位的其他指标。",
                "序时进度（可选）：月份 1—12 及截至该月末的累计进度（%），如 9 月 75 表示 75%。只保留表头不填，则序时进度按 月份÷12 计算。");
    }

    private static void text(Row row, int column, String value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.text());
    }
}
