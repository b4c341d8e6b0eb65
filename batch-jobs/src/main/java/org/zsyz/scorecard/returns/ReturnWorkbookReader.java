package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.SheetVisitor;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.excel.WorkbookVisitor;
import org.zsyz.scorecard.project.InvestorSource;
import org.zsyz.scorecard.project.ProjectStatus;

/**
 * Reads and checks a monthly return (SPEC section 2.2) in one streaming pass. Valid ledger rows go to a
 * consumer as they are read, so a long ledger is never held in memory; every problem found is collected,
 * not just the first. The caller decides what to keep: a return with any error must be stored not at all.
 */
public final class ReturnWorkbookReader {

    static final String INSTRUCTIONS_SHEET = "填报说明";
    static final String VERSION_LABEL = "模板版本";
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);

    private final WorkbookReader workbooks;
    private final List<String> industries;

    public ReturnWorkbookReader(WorkbookReader workbooks, List<String> industries) {
        this.workbooks = workbooks;
        this.industries = List.copyOf(industries);
    }

    /**
     * @param submissionId the id the projects will be stored under
     * @param period       the period the return is read for (the run's period and the file's folder)
     * @param projects     receives each valid ledger row in sheet order
     */
    public ReturnContent read(Path file, long submissionId, YearMonth period, Consumer<LedgerProject> projects)
            throws UnreadableWorkbookException {
        Reading reading = new Reading(submissionId, period, projects);
        workbooks.read(file, reading);
        reading.finish();
        return new ReturnContent(reading.cover(), reading.activity, reading.projectCount, reading.issues);
    }

    /** Reads the 封面 sheet alone (cheap: other sheets are skipped), to learn whose return a file is. */
    public Cover readCover(Path file) throws UnreadableWorkbookException {
        Reading reading = new Reading(0, null, project -> { });
        workbooks.read(file, new WorkbookVisitor() {
            @Override
            public SheetVisitor sheet(String sheetName) {
                return CellText.key(sheetName).equals(CellText.key(ReturnTemplate.COVER_SHEET))
                        ? reading.sheet(sheetName) : null;
            }
        });
        return reading.cover();
    }

    /** What the cover sheet says; fields are {@code null} where missing or unreadable. */
    public record Cover(String unitCode, String unitName, YearMonth period, String reporter, String phone) {
    }

    /** 工作指标 as read; {@code null} for a blank figure. */
    public record Activity(Integer trips, Integer leaderTrips, Integer companiesVisited, Integer visitorsReceived) {
    }

    public record ReturnContent(Cover cover, Activity activity, int projectCount, IssueList issues) {
    }

    private final class Reading implements WorkbookVisitor {

        final long submissionId;
        final YearMonth period;
        final Consumer<LedgerProject> projects;
        final IssueList issues = new IssueList();
        final Map<String, RawCell> coverValues = new LinkedHashMap<>();
        final Map<String, String> coverCells = new HashMap<>();
        final Map<String, RawCell> activityValues = new LinkedHashMap<>();
        final Map<String, String> activityCells = new HashMap<>();
        final Map<String, String> firstRowOfProject = new HashMap<>();
        List<String> sheetNames = List.of();
        Activity activity;
        boolean versionMarkerSeen;
        String versionMarker;
        int projectCount;

        Reading(long submissionId, YearMonth period, Consumer<LedgerProject> projects) {
            this.submissionId = submissionId;
            this.period = period;
            this.projects = projects;
        }

        @Override
        public void sheetNames(List<String> names) {
            sheetNames = names;
            for (String required : List.of(ReturnTemplate.COVER_SHEET, ReturnTemplate.LEDGER_SHEET,
                    ReturnTemplate.ACTIVITY_SHEET)) {
                if (findSheet(required) == null) {
                    issues.error(required, null, null, null, "缺少工作表「" + required + "」（现有工作表："
                            + String.join("、", names) + "），请使用统一模板填报");
                }
            }
        }

        private String findSheet(String wanted) {
            return sheetNames.stream().filter(n -> CellText.key(n).equals(CellText.key(wanted))).findFirst()
                    .orElse(null);
        }

        @Override
        public SheetVisitor sheet(String sheetName) {
            String key = CellText.key(sheetName);
            if (key.equals(CellText.key(ReturnTemplate.COVER_SHEET))) {
                return labelValues(sheetName, coverValues, coverCells);
            }
            if (key.equals(CellText.key(ReturnTemplate.ACTIVITY_SHEET))) {
                return labelValues(sheetName, activityValues, activityCells);
            }
            if (key.equals(CellText.key(ReturnTemplate.LEDGER_SHEET))) {
                return new LedgerVisitor(sheetName);
            }
            if (key.equals(CellText.key(INSTRUCTIONS_SHEET))) {
                return row -> {
                    RawCell label = row.cell(0);
                    if (label != null && CellText.key(label.text()).equals(CellText.key(VERSION_LABEL))) {
                        versionMarkerSeen = true;
                        RawCell value = row.cell(1);
                        versionMarker = value == null ? "" : CellText.clean(value.text());
                    }
                };
            }
            return null;
        }

        private SheetVisitor labelValues(String sheet, Map<String, RawCell> values, Map<String, String> cells) {
            return row -> {
                RawCell label = row.cell(0);
                if (label == null || label.isBlank()) {
                    return;
                }
                String key = CellText.key(label.text());
                RawCell value = row.cell(1);
                values.putIfAbsent(key, value);
                cells.putIfAbsent(key, sheet + "!" + CellRef.of(1, row.rowIndex()));
            };
        }

        void finish() {
            if (versionMarkerSeen && !ReturnTemplate.VERSION_MARKER.equals(versionMarker)) {
                issues.error(INSTRUCTIONS_SHEET, null, VERSION_LABEL, versionMarker,
                        "模板版本不符，应为 " + ReturnTemplate.VERSION_MARKER + "，请下载最新模板重新填报");
            }
            checkCover();
            activity = new Activity(activityFigure(ReturnTemplate.TRIPS), activityFigure(ReturnTemplate.LEADER_TRIPS),
                    activityFigure(ReturnTemplate.COMPANIES_VISITED), activityFigure(ReturnTemplate.VISITORS_RECEIVED));
        }

        private void checkCover() {
            String sheet = ReturnTemplate.COVER_SHEET;
            if (findSheet(sheet) == null) {
                return;
            }
            for (String label : List.of(ReturnTemplate.COVER_UNIT_CODE, ReturnTemplate.COVER_PERIOD)) {
                RawCell value = coverValues.get(CellText.key(label));
                if (value == null || value.isBlank()) {
                    issues.error(sheet, cellOf(coverCells, label), label, null,
                            "必须填写" + label + "（A列为“" + label + "”，B列填写内容）");
                }
            }
            RawCell periodCell = coverValues.get(CellText.key(ReturnTemplate.COVER_PERIOD));
            if (periodCell != null && !periodCell.isBlank() && coverPeriod() == null) {
                issues.error(sheet, cellOf(coverCells, ReturnTemplate.COVER_PERIOD), ReturnTemplate.COVER_PERIOD,
                        periodCell.shown(), "无法识别报告期，应填写如 2024-03 或 2024年3月");
            } else if (coverPeriod() != null && !coverPeriod().equals(period)) {
                issues.error(sheet, cellOf(coverCells, ReturnTemplate.COVER_PERIOD), ReturnTemplate.COVER_PERIOD,
                        periodCell.shown(), "报告期为 " + coverPeriod() + "，与本次报送期 " + period + " 不一致");
            }
        }

        private String cellOf(Map<String, String> cells, String label) {
            String ref = cells.get(CellText.key(label));
            return ref == null ? null : ref.substring(ref.indexOf('!') + 1);
        }

        YearMonth coverPeriod() {
            RawCell cell = coverValues.get(CellText.key(ReturnTemplate.COVER_PERIOD));
            if (cell == null) {
                return null;
            }
            if (cell.kind() == RawCell.Kind.DATE) {
                return YearMonth.from(cell.dateTime());
            }
            if (cell.kind() == RawCell.Kind.NUMBER) {
                // 202403 typed as a number
                String digits = cell.number().stripTrailingZeros().toPlainString();
                if (digits.length() == 6) {
                    return CellText.parseYearMonth(digits.substring(0, 4) + "-" + digits.substring(4)).orElse(null);
                }
                return null;
            }
            return CellText.parseYearMonth(cell.text()).orElse(null);
        }

        String coverText(String label) {
            RawCell cell = coverValues.get(CellText.key(label));
            if (cell == null || cell.isBlank()) {
                return null;
            }
            if (cell.kind() == RawCell.Kind.NUMBER) {
                return cell.number().stripTrailingZeros().toPlainString();
            }
            return CellText.clean(cell.text());
        }

        Cover cover() {
            return new Cover(coverText(ReturnTemplate.COVER_UNIT_CODE), coverText(ReturnTemplate.COVER_UNIT_NAME),
                    coverPeriod(), coverText(ReturnTemplate.COVER_REPORTER), coverText(ReturnTemplate.COVER_PHONE));
        }

        private Integer activityFigure(String label) {
            RawCell cell = activityValues.get(CellText.key(label));
            if (cell == null || cell.isBlank()) {
                return null;
            }
            BigDecimal n = numberOf(cell);
            String ref = cellOf(activityCells, label);
            if (n == null) {
                issues.error(ReturnTemplate.ACTIVITY_SHEET, ref, label, cell.shown(), "不是数字，应填写非负整数");
                return null;
            }
            if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
                issues.error(ReturnTemplate.ACTIVITY_SHEET, ref, label, cell.shown(), "应填写非负整数（1—本月累计次数）");
                return null;
            }
            return n.intValueExact();
        }

        /** The ledger sheet: finds the header among the first rows, then checks and emits each data row. */
        private final class LedgerVisitor implements SheetVisitor {

            final String sheet;
            final List<SheetRow> firstRows = new ArrayList<>();
            LedgerColumns columns;
            boolean headerFailed;

            LedgerVisitor(String sheet) {
                this.sheet = sheet;
            }

            @Override
            public void row(SheetRow row) {
                if (columns == null && !headerFailed) {
                    firstRows.add(row);
                    if (firstRows.size() < HEADER_SEARCH_ROWS) {
                        return;
                    }
                    locateHeader();
                    List<SheetRow> buffered = List.copyOf(firstRows);
                    firstRows.clear();
                    buffered.forEach(this::dataRow);
                    return;
                }
                dataRow(row);
            }

            @Override
            public void end() {
                if (columns == null && !headerFailed) {
                    locateHeader();
                    List<SheetRow> buffered = List.copyOf(firstRows);
                    firstRows.clear();
                    buffered.forEach(this::dataRow);
                }
                if (columns != null && projectCount == 0 && !issues.hasErrors()) {
                    issues.warning(sheet, null, null, null, "项目台账没有任何项目");
                }
            }

            private void locateHeader() {
                columns = LedgerColumns.locate(sheet, firstRows, issues);
                headerFailed = columns == null;
            }

            private void dataRow(SheetRow row) {
                if (columns == null || row.rowIndex() <= columns.headerRow() || row.isBlank()) {
                    return;
                }
                if (row.hidden()) {
                    issues.warning(sheet, "第" + row.rowNumber() + "行", null, null, "该行为隐藏行，已按正常数据读取");
                }
                LedgerProject project = new LedgerRowCheck(sheet, row, columns).check();
                if (project != null) {
                    projectCount++;
                    projects.accept(project);
                }
            }
        }

        /** Checks one data row against SPEC 2.2; returns the project, or {@code null} if any field is wrong. */
        private final class LedgerRowCheck {

            final String sheet;
            final SheetRow row;
            final LedgerColumns columns;
            int errorsBefore;

            LedgerRowCheck(String sheet, SheetRow row, LedgerColumns columns) {
                this.sheet = sheet;
                this.row = row;
                this.columns = columns;
                this.errorsBefore = issues.errorCount();
            }

            String ref(int column) {
                return CellRef.of(column, row.rowIndex());
            }

            String text(String field) {
                int c = columns.column(field);
                RawCell cell = c < 0 ? null : row.cell(c);
                if (cell == null || cell.isBlank()) {
                    return null;
                }
                return cell.kind() == RawCell.Kind.NUMBER ? cell.number().stripTrailingZeros().toPlainString()
                        : CellText.clean(cell.text());
            }

            String required(String field) {
                String value = text(field);
                if (value == null) {
                    issues.error(sheet, ref(columns.column(field)), field, null, "必填项为空");
                }
                return value;
            }

            <T> T closedList(String field, java.util.function.Function<String, java.util.Optional<T>> parse,
                    List<String> allowed, boolean mandatory) {
                String value = mandatory ? required(field) : text(field);
                if (value == null) {
                    return null;
                }
                return parse.apply(value).orElseGet(() -> {
                    issues.error(sheet, ref(columns.column(field)), field, value,
                            "不在可选范围内，应为：" + String.join("、", allowed));
                    return null;
                });
            }

            Boolean yesNo(String field, boolean fallback) {
                int c = columns.column(field);
                RawCell cell = c < 0 ? null : row.cell(c);
                if (cell == null || cell.isBlank()) {
                    return fallback;
                }
                if (cell.kind() == RawCell.Kind.BOOLEAN) {
                    return "TRUE".equals(cell.text());
                }
                String v = CellText.clean(cell.text());
                if (ReturnTemplate.YES.equals(v)) {
                    return true;
                }
                if (ReturnTemplate.NO.equals(v)) {
                    return false;
                }
                issues.error(sheet, ref(c), field, cell.shown(), "应填写“是”或“否”");
                return fallback;
            }

            LocalDate date(String field) {
                int c = columns.column(field);
                RawCell cell = c < 0 ? null : row.cell(c);
                if (cell == null || cell.isBlank()) {
                    return null;
                }
                LocalDate date = switch (cell.kind()) {
                    case DATE -> cell.dateTime().toLocalDate();
                    case TEXT -> CellText.parseDate(cell.text()).orElse(null);
                    case NUMBER -> CellText.parseDate(cell.number().toPlainString()).orElse(null);
                    default -> null;
                };
                if (date == null) {
                    issues.error(sheet, ref(c), field, cell.shown(), "不是有效日期，应填写如 2024-03-05 的日期");
                    return null;
                }
                if (date.isAfter(period.atEndOfMonth())) {
                    issues.error(sheet, ref(c), field, cell.shown(),
                            "日期晚于报告期末（" + period.atEndOfMonth() + "），不能填写未来日期");
                    return null;
                }
                return date;
            }

            /** A money figure, converted to the indicator's unit (万元 headers are divided by 10,000). */
            BigDecimal amount(String field) {
                int c = columns.column(field);
                RawCell cell = c < 0 ? null : row.cell(c);
                if (cell == null || cell.isBlank()) {
                    return null;
                }
                BigDecimal n = numberOf(cell);
                String unit = columns.unit(field);
                if (n == null) {
                    issues.error(sheet, ref(c), field, cell.shown(), "不是数字，应填写以" + unit + "为单位的数字");
                    return null;
                }
                if (n.signum() < 0) {
                    issues.error(sheet, ref(c), field, cell.shown(), "不能为负数");
                    return null;
                }
                return "万元".equals(unit) ? n.divide(TEN_THOUSAND) : n;
            }

            LedgerProject check() {
                String projectNo = required(ReturnTemplate.PROJECT_NO);
                String name = required(ReturnTemplate.PROJECT_NAME);
                String investor = required(ReturnTemplate.INVESTOR);
                InvestorSource source = closedList(ReturnTemplate.INVESTOR_SOURCE, InvestorSource::ofLabel,
                        InvestorSource.labels(), true);
                String industry = closedList(ReturnTemplate.INDUSTRY,
                        v -> industries.contains(v) ? java.util.Optional.of(v) : java.util.Optional.empty(),
                        industries, true);
                ProjectStatus status = closedList(ReturnTemplate.STATUS, ProjectStatus::ofLabel,
                        ProjectStatus.labels(), true);
                LocalDate signedOn = date(ReturnTemplate.SIGNED_ON);
                BigDecimal contract = amount(ReturnTemplate.CONTRACT_AMOUNT);
                LocalDate startedOn = date(ReturnTemplate.STARTED_ON);
                BigDecimal fundsTotal = amount(ReturnTemplate.FUNDS_TOTAL);
                BigDecimal fundsThisYear = amount(ReturnTemplate.FUNDS_THIS_YEAR);
                BigDecimal foreignFunds = amount(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR);
                boolean fulfilled = yesNo(ReturnTemplate.FULFILLED, true);
                boolean fortune500 = yesNo(ReturnTemplate.FORTUNE500, false);
                String remark = text(ReturnTemplate.REMARK);

                if (projectNo != null) {
                    String first = firstRowOfProject.putIfAbsent(projectNo, ref(columns.column(ReturnTemplate.PROJECT_NO)));
                    if (first != null) {
                        issues.error(sheet, ref(columns.column(ReturnTemplate.PROJECT_NO)), ReturnTemplate.PROJECT_NO,
                                projectNo, "项目编号重复（与 " + first + " 相同），同一单位的项目编号必须唯一");
                    }
                }
                if (status != null && status.requiresSigning()) {
                    if (signedOn == null && text(ReturnTemplate.SIGNED_ON) == null) {
                        issues.error(sheet, ref(columns.column(ReturnTemplate.SIGNED_ON)), ReturnTemplate.SIGNED_ON,
                                null, "项目状态为“" + status.label() + "”，必须填写签约日期");
                    }
                    if (contract == null && text(ReturnTemplate.CONTRACT_AMOUNT) == null) {
                        issues.error(sheet, ref(columns.column(ReturnTemplate.CONTRACT_AMOUNT)),
                                ReturnTemplate.CONTRACT_AMOUNT, null,
                                "项目状态为“" + status.label() + "”，必须填写合同投资额");
                    }
                }
                if (status != null && status.requiresStart() && startedOn == null
                        && text(ReturnTemplate.STARTED_ON) == null) {
                    issues.error(sheet, ref(columns.column(ReturnTemplate.STARTED_ON)), ReturnTemplate.STARTED_ON, null,
                            "项目状态为“" + status.label() + "”，必须填写开工日期");
                }
                if (signedOn != null && startedOn != null && startedOn.isBefore(signedOn)) {
                    issues.error(sheet, ref(columns.column(ReturnTemplate.STARTED_ON)), ReturnTemplate.STARTED_ON,
                            startedOn.toString(), "开工日期早于签约日期（" + signedOn + "），开工日期不能早于签约日期");
                }
                if (fundsTotal != null && fundsThisYear != null && fundsThisYear.compareTo(fundsTotal) > 0) {
                    issues.error(sheet, ref(columns.column(ReturnTemplate.FUNDS_THIS_YEAR)),
                            ReturnTemplate.FUNDS_THIS_YEAR, fundsThisYear.toPlainString(),
                            "本年到位资金大于累计到位资金（" + fundsTotal.toPlainString() + "），本年到位资金应不大于累计到位资金");
                }
                if (foreignFunds != null && foreignFunds.signum() > 0 && source != null
                        && source != InvestorSource.FOREIGN) {
                    issues.error(sheet, ref(columns.column(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR)),
                            ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR, foreignFunds.toPlainString(),
                            "投资方来源为“" + source.label() + "”，本年到位外资仅限境外项目填写");
                }
                if (issues.errorCount() > errorsBefore) {
                    return null;
                }
                return new LedgerProject(submissionId, projectNo, row.rowNumber(), name, investor, source, industry,
                        status, signedOn, contract, startedOn, fundsTotal, fundsThisYear, foreignFunds, fulfilled,
                        fortune500, remark);
            }
        }
    }

    static BigDecimal numberOf(RawCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> CellText.parseNumber(cell.text()).orElse(null);
            default -> null;
        };
    }

    /** Where each ledger field sits, and in which unit its money is written. */
    record LedgerColumns(int headerRow, Map<String, Integer> columns, Map<String, String> units) {

        private static final List<String> MONEY = List.of(ReturnTemplate.CONTRACT_AMOUNT, ReturnTemplate.FUNDS_TOTAL,
                ReturnTemplate.FUNDS_THIS_YEAR);
        private static final List<String> OPTIONAL = List.of(ReturnTemplate.FULFILLED, ReturnTemplate.FORTUNE500,
                ReturnTemplate.REMARK);

        int column(String field) {
            return columns.getOrDefault(field, -1);
        }

        String unit(String field) {
            return units.getOrDefault(field, field.equals(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR) ? "万美元" : "亿元");
        }

        static LedgerColumns locate(String sheet, List<SheetRow> firstRows, IssueList issues) {
            List<String> fields = List.of(ReturnTemplate.PROJECT_NO, ReturnTemplate.PROJECT_NAME,
                    ReturnTemplate.INVESTOR, ReturnTemplate.INVESTOR_SOURCE, ReturnTemplate.INDUSTRY,
                    ReturnTemplate.STATUS, ReturnTemplate.SIGNED_ON, ReturnTemplate.CONTRACT_AMOUNT,
                    ReturnTemplate.STARTED_ON, ReturnTemplate.FUNDS_TOTAL, ReturnTemplate.FUNDS_THIS_YEAR,
                    ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR, ReturnTemplate.FULFILLED, ReturnTemplate.FORTUNE500,
                    ReturnTemplate.REMARK);
            HeaderMap header = HeaderMap.find(firstRows, fields);
            if (header == null) {
                issues.error(sheet, null, null, null, "前" + HEADER_SEARCH_ROWS + "行中找不到表头（应含“"
                        + ReturnTemplate.PROJECT_NO + "”“" + ReturnTemplate.PROJECT_NAME + "”等列），请使用统一模板填报");
                return null;
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<String, String> units = new HashMap<>();
            boolean complete = true;
            for (String field : fields) {
                int c = MONEY.contains(field) ? header.columnStartingWith(field) : header.column(field);
                if (c < 0) {
                    if (OPTIONAL.contains(field)) {
                        continue;
                    }
                    complete = false;
                    issues.error(sheet, "第" + (header.rowIndex() + 1) + "行", field, null,
                            "表头缺少“" + (MONEY.contains(field) ? field + "(亿元)" : field) + "”列");
                    continue;
                }
                if (MONEY.contains(field)) {
                    String unit = moneyUnit(header.text(c), field);
                    if (unit == null) {
                        complete = false;
                        issues.error(sheet, CellRef.of(c, header.rowIndex()), field, header.text(c),
                                "表头应注明金额单位，如“" + field + "(亿元)”或“" + field + "(万元)”");
                        continue;
                    }
                    units.put(field, unit);
                }
                columns.put(field, c);
            }
            for (int extra : header.columnsOtherThan(columns.values())) {
                issues.warning(sheet, CellRef.of(extra, header.rowIndex()), header.text(extra), header.text(extra),
                        "模板以外的列，已忽略");
            }
            return complete ? new LedgerColumns(header.rowIndex(), columns, units) : null;
        }

        private static String moneyUnit(String headerText, String field) {
            String rest = CellText.key(headerText).substring(CellText.key(field).length());
            return switch (rest) {
                case "(亿元)" -> "亿元";
                case "(万元)" -> "万元";
                default -> null;
            };
        }
    }
}
