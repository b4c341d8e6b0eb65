package org.zsyz.scorecard.returns;

import static org.zsyz.scorecard.returns.ReturnTemplate.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.assess.LedgerColumn;
import org.zsyz.scorecard.returns.TemplateWorkbooks.Column;
import org.zsyz.scorecard.returns.TemplateWorkbooks.Styles;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ExtraValues;

/**
 * Writes a monthly return (月报表) in the layout of docs/returns-and-targets.md: sheets 封面, 项目台账, 工作指标 and, last,
 * 填报说明 with the {@link ReturnTemplate#VERSION_MARKER}. Headers are styled, frozen and carry a note each; every
 * closed list has a drop-down. The ledger is streamed (SXSSF), so a ledger of hundreds of thousands of rows needs
 * only a small heap.
 *
 * <p>Money arrives as {@link BigDecimal} and becomes a {@code double} only at the cell, which is all Excel stores.
 * Instances are immutable and thread-safe.
 */
public final class ReturnWorkbookWriter {

    /** Ledger column indexes, in the order of {@link ReturnTemplate#ledgerHeaders()}. */
    static final int COL_NO = 0,
            COL_NAME = 1,
            COL_INVESTOR = 2,
            COL_SOURCE = 3,
            COL_INDUSTRY = 4,
            COL_STATUS = 5,
            COL_SIGNED = 6,
            COL_CONTRACT = 7,
            COL_STARTED = 8,
            COL_FUNDS_TOTAL = 9,
            COL_FUNDS_YEAR = 10,
            COL_FOREIGN = 11,
            COL_FULFILLED = 12,
            COL_FORTUNE500 = 13,
            COL_REMARK = 14;

    private static final List<String> YES_NO = List.of(YES, NO);

    private final List<String> industries;
    private final Optional<Instant> timestamp;
    /** The year's method's extra ledger columns, after the standard ones (none for most methods). */
    private final ExtraColumns extras;

    /** A writer with the default 产业类别 list ({@link Industries#DEFAULT}). */
    public ReturnWorkbookWriter() {
        this(Industries.DEFAULT);
    }

    /** A writer whose 产业类别 drop-down offers {@code industries} (the configured list). */
    public ReturnWorkbookWriter(List<String> industries) {
        this(industries, Optional.empty(), ExtraColumns.NONE);
    }

    private ReturnWorkbookWriter(List<String> industries, Optional<Instant> timestamp, ExtraColumns extras) {
        if (industries.isEmpty()) {
            throw new IllegalArgumentException("the 产业类别 list is empty");
        }
        this.industries = List.copyOf(industries);
        this.timestamp = timestamp;
        this.extras = extras;
    }

    /** A writer whose ledger also offers the method's extra columns (with their drop-downs and 填报说明 rows). */
    public ReturnWorkbookWriter withExtraColumns(ExtraColumns columns) {
        return new ReturnWorkbookWriter(industries, timestamp, columns);
    }

    /**
     * A writer that stamps every file with this creation time and fixed zip entry times, so equal content gives
     * equal bytes. Without it POI records the current time.
     */
    public ReturnWorkbookWriter withTimestamp(Instant timestamp) {
        return new ReturnWorkbookWriter(industries, Optional.of(timestamp), extras);
    }

    public void write(ReturnWorkbook workbook, Path file) throws IOException {
        TemplateWorkbooks.writeAtomically(file, out -> write(workbook, out));
    }

    public void write(ReturnWorkbook workbook, OutputStream out) throws IOException {
        write(workbook.cover(), workbook.projects(), workbook.activity(), out);
    }

    /**
     * Streams a return whose ledger comes from any source (e.g. a database cursor) without holding it in memory.
     * The stream is not closed.
     *
     * @return the number of ledger rows written
     */
    public long write(
            ReturnCover cover, Iterable<? extends LedgerRow> projects, ReturnActivity activity, OutputStream out)
            throws IOException {
        Objects.requireNonNull(cover, "cover");
        SXSSFWorkbook wb = TemplateWorkbooks.newStreamingWorkbook();
        try {
            Styles styles = TemplateWorkbooks.styles(wb);
            writeCover(wb.createSheet(COVER_SHEET), cover, styles);
            Sheet ledger = wb.createSheet(LEDGER_SHEET);
            long rows = writeLedger(ledger, projects, styles);
            writeActivity(wb.createSheet(ACTIVITY_SHEET), activity == null ? ReturnActivity.BLANK : activity, styles);
            TemplateWorkbooks.instructionsSheet(
                    wb,
                    INSTRUCTIONS_SHEET,
                    TEMPLATE_VERSION,
                    VERSION_MARKER,
                    List.of(),
                    "月报表填报说明",
                    ReturnInstructions.of(extras),
                    styles);
            wb.setActiveSheet(0);
            TemplateWorkbooks.properties(wb, title(cover), timestamp);
            TemplateWorkbooks.save(wb, out, timestamp);
            return rows;
        } finally {
            TemplateWorkbooks.discard(wb);
        }
    }

    private static String title(ReturnCover cover) {
        StringBuilder title = new StringBuilder("招商引资工作月报表");
        if (cover.unitName() != null) {
            title.append(' ').append(cover.unitName());
        }
        if (cover.period() != null) {
            title.append(' ').append(cover.periodText());
        }
        return title.toString();
    }

    private static void writeCover(Sheet sheet, ReturnCover cover, Styles styles) {
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 32 * 256);
        sheet.setDefaultColumnStyle(1, styles.text());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        String[][] rows = {
            {COVER_UNIT_CODE, cover.unitCode(), "必填；考核单位代码，与年度目标任务书一致，如 410711"},
            {COVER_UNIT_NAME, cover.unitName(), "必填；考核单位全称"},
            {COVER_PERIOD, cover.periodText(), "必填；报告期（月份），如 2025-09，也可写 2025年9月"},
            {COVER_REPORTER, cover.reporter(), "填报人姓名"},
            {COVER_PHONE, cover.phone(), "填报人联系电话，如 0399-6123456"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            TemplateWorkbooks.labelCell(sheet, drawing, row, rows[r][0], rows[r][2], styles);
            Cell value = row.createCell(1);
            value.setCellStyle(styles.text());
            if (rows[r][1] != null) {
                value.setCellValue(rows[r][1]);
            }
        }
    }

    private List<Column> ledgerColumns(Styles styles) {
        List<String> headers = ledgerHeaders();
        String[] notes = {
            "必填；本单位内唯一，逐月保持不变，如 410711-2025-001",
            "必填；项目全称",
            "必填；投资主体全称",
            "必填；下拉选择：" + String.join("/", InvestorSource.labels()) + "。决定计入到位市外资金、省外资金或实际利用外资",
            "必填；下拉选择：" + String.join("/", industries),
            "必填；下拉选择：" + String.join("/", ProjectStatus.labels()),
            "已签约及以后状态（已签约、已开工、已竣工、已终止）必填；格式 yyyy-mm-dd",
            "已签约及以后状态必填；单位亿元。按万元填报时请把表头改为“合同投资额(万元)”",
            "已开工、已竣工项目必填；格式 yyyy-mm-dd，不得早于签约日期",
            "签约以来累计到位资金（人民币，含外资折算）；单位亿元",
            "本年1月至报告期末累计到位的境内资金；单位亿元；每年1月重新起算，不得大于累计到位资金",
            "仅境外投资方项目填报；本年1月至报告期末累计；单位万美元，不折算人民币",
            "是/否；不填视为“是”。已终止项目一律按未履约计",
            "投资方是否为世界500强企业：是/否；不填视为“否”",
            "选填；如推进中的问题、终止原因",
        };
        int[] widths = {18, 32, 32, 12, 12, 10, 12, 12, 12, 12, 12, 12, 9, 9, 28};
        CellStyle[] kinds = {
            styles.text(),
            styles.text(),
            styles.text(),
            styles.text(),
            styles.text(),
            styles.text(),
            styles.date(),
            styles.money(),
            styles.date(),
            styles.money(),
            styles.money(),
            styles.money(),
            styles.text(),
            styles.text(),
            styles.text()
        };
        if (headers.size() != notes.length) {
            throw new IllegalStateException("ReturnTemplate.ledgerHeaders() and the writer disagree");
        }
        List<Column> columns = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, headers.size())
                .mapToObj(c -> new Column(headers.get(c), notes[c], widths[c], kinds[c]))
                .toList());
        for (LedgerColumn c : extras.all()) {
            CellStyle style = c.type() == LedgerColumn.Type.DATE
                    ? styles.date()
                    : c.type().numeric() ? styles.money() : styles.text();
            columns.add(new Column(
                    c.header(),
                    ReturnInstructions.extraNote(c),
                    Math.max(10, c.header().length() * 2 + 2),
                    style));
        }
        return columns;
    }

    private long writeLedger(Sheet sheet, Iterable<? extends LedgerRow> projects, Styles styles) {
        TemplateWorkbooks.headerRow(sheet, ledgerColumns(styles), styles);
        int r = 1;
        for (LedgerRow p : projects) {
            Row row = sheet.createRow(r++);
            text(row, COL_NO, p.projectNo(), styles);
            text(row, COL_NAME, p.name(), styles);
            text(row, COL_INVESTOR, p.investor(), styles);
            text(row, COL_SOURCE, p.source() == null ? null : p.source().label(), styles);
            text(row, COL_INDUSTRY, p.industry(), styles);
            text(row, COL_STATUS, p.status() == null ? null : p.status().label(), styles);
            date(row, COL_SIGNED, p.signedOn(), styles);
            money(row, COL_CONTRACT, p.contractAmount(), styles);
            date(row, COL_STARTED, p.startedOn(), styles);
            money(row, COL_FUNDS_TOTAL, p.fundsTotal(), styles);
            money(row, COL_FUNDS_YEAR, p.fundsThisYear(), styles);
            money(row, COL_FOREIGN, p.foreignFundsThisYear(), styles);
            text(row, COL_FULFILLED, yesNo(p.fulfilled()), styles);
            text(row, COL_FORTUNE500, yesNo(p.fortune500()), styles);
            text(row, COL_REMARK, p.remark(), styles);
            if (!extras.isEmpty() && p.extraValues() != null) {
                writeExtras(row, ExtraValues.decode(p.extraValues()), styles);
            }
        }
        long dataRows = r - 1L;
        int last = TemplateValidations.validatedLastRow(1, dataRows);
        TemplateValidations.listValidation(sheet, 1, last, COL_SOURCE, InvestorSource.labels(), INVESTOR_SOURCE);
        TemplateValidations.listValidation(sheet, 1, last, COL_INDUSTRY, industries, INDUSTRY);
        TemplateValidations.listValidation(sheet, 1, last, COL_STATUS, ProjectStatus.labels(), STATUS);
        TemplateValidations.dateValidation(sheet, 1, last, COL_SIGNED, SIGNED_ON);
        TemplateValidations.decimalValidation(sheet, 1, last, COL_CONTRACT, CONTRACT_AMOUNT);
        TemplateValidations.dateValidation(sheet, 1, last, COL_STARTED, STARTED_ON);
        TemplateValidations.decimalValidation(sheet, 1, last, COL_FUNDS_TOTAL, FUNDS_TOTAL);
        TemplateValidations.decimalValidation(sheet, 1, last, COL_FUNDS_YEAR, FUNDS_THIS_YEAR);
        TemplateValidations.decimalValidation(sheet, 1, last, COL_FOREIGN, FOREIGN_FUNDS_THIS_YEAR);
        TemplateValidations.listValidation(sheet, 1, last, COL_FULFILLED, YES_NO, FULFILLED);
        TemplateValidations.listValidation(sheet, 1, last, COL_FORTUNE500, YES_NO, FORTUNE500);
        int column = COL_REMARK;
        for (LedgerColumn c : extras.all()) {
            column++;
            switch (c.type()) {
                case YES_NO -> TemplateValidations.listValidation(sheet, 1, last, column, YES_NO, c.name());
                case CHOICE -> TemplateValidations.listValidation(sheet, 1, last, column, c.choices(), c.name());
                case DATE -> TemplateValidations.dateValidation(sheet, 1, last, column, c.name());
                case AMOUNT, NUMBER, COUNT -> TemplateValidations.decimalValidation(sheet, 1, last, column, c.name());
                default -> {}
            }
        }
        return dataRows;
    }

    private void writeExtras(Row row, Map<String, String> values, Styles styles) {
        int column = COL_REMARK;
        for (LedgerColumn c : extras.all()) {
            column++;
            String v = values.get(c.code());
            if (v == null) {
                continue;
            }
            switch (c.type()) {
                case AMOUNT, NUMBER, COUNT -> money(row, column, new BigDecimal(v), styles);
                case DATE -> date(row, column, LocalDate.parse(v), styles);
                default -> text(row, column, v, styles);
            }
        }
    }

    private static void writeActivity(Sheet sheet, ReturnActivity activity, Styles styles) {
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setDefaultColumnStyle(1, styles.count());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Object[][] rows = {
            {TRIPS, activity.trips(), "本年1月至报告期末累计外出招商批次（整数），计入考核指标“外出招商”"},
            {LEADER_TRIPS, activity.leaderTrips(), "其中党政主要领导带队外出招商批次（本年累计）"},
            {COMPANIES_VISITED, activity.companiesVisited(), "本年累计拜访企业家次"},
            {VISITORS_RECEIVED, activity.visitorsReceived(), "本年累计接待来访客商批次"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            TemplateWorkbooks.labelCell(sheet, drawing, row, (String) rows[r][0], (String) rows[r][2], styles);
            Cell value = row.createCell(1);
            value.setCellStyle(styles.count());
            if (rows[r][1] != null) {
                value.setCellValue((Integer) rows[r][1]);
            }
        }
        TemplateValidations.wholeNumberValidation(sheet, 0, rows.length - 1, 1, "工作指标");
    }

    private static void text(Row row, int column, String value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.text());
        }
    }

    private static void date(Row row, int column, LocalDate value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date());
        }
    }

    /** The one place a BigDecimal becomes a double: an Excel number cell can hold nothing else. */
    private static void money(Row row, int column, BigDecimal value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.money());
        }
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? YES : NO;
    }
}
