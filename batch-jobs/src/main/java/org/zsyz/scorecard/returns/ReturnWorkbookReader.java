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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

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
 * Reads and checks a monthly return (docs/returns-and-targets.md) in one streaming pass. Valid ledger rows go to a
 * consumer as they are read, so a long ledger is never held in memory; every problem found is collected,
 * not just the first. The caller decides what to keep: a return with any error must be stored not at all.
 *
 * <p>Every issue names the sheet as the file spells it, the cell, the field, the value found and what was
 * expected, so the error workbook can mark the very cell.
 */
public final class ReturnWorkbookReader {

    static final int HEADER_SEARCH_ROWS = 10;
    static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);
    /** The template's date validation starts here; an earlier date is a typing slip (1024 for 2024). */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /** More integer digits than this is no amount at all (the database keeps 16). */
    private static final int MAX_INTEGER_DIGITS = 12;
    /** Money is stored to 8 decimals of 亿元, i.e. to the yuan. */
    private static final int MAX_SCALE = 8;
    /** Above these, an amount is more likely typed in the wrong unit than real: a warning, not an error. */
    static final BigDecimal LARGE_YI = new BigDecimal(1000);
    static final BigDecimal LARGE_WAN_USD = new BigDecimal(1_000_000);
    /** The longest text the database keeps per field. */
    static final Map<String, Integer> TEXT_LIMITS = Map.of(ReturnTemplate.PROJECT_NO, 50,
            ReturnTemplate.PROJECT_NAME, 200, ReturnTemplate.INVESTOR, 200, ReturnTemplate.REMARK, 500);
    static final int REPORTER_LIMIT = 50;
    static final int PHONE_LIMIT = 30;

    private final WorkbookReader workbooks;
    private final List<String> industries;
    /** The period was chosen on the portal's page, not given by the inbox folder: the messages say so. */
    private final boolean portal;

    public ReturnWorkbookReader(WorkbookReader workbooks, List<String> industries) {
        this(workbooks, industries, false);
    }

    public ReturnWorkbookReader(WorkbookReader workbooks, List<String> industries, boolean portal) {
        this.workbooks = workbooks;
        this.industries = List.copyOf(industries);
        this.portal = portal;
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
        return new ReturnContent(reading.cover(), reading.activity, reading.projectCount, reading.rowsRead,
                reading.ledgerSheet, reading.ledgerColumns == null ? Map.of() : reading.ledgerColumns.columns(),
                reading.issues);
    }

    /**
     * Reads a return in one pass, asking {@code decision} where the ledger rows go as soon as the cover is known:
     * when the first sheet after the cover begins (or at the end). The template's cover is its first sheet, so the
     * caller can find the unit, record the version and open its savepoint before the first ledger row, without
     * reading the file twice.
     *
     * @throws CoverNotFirstException when a sheet other than the cover begins while the cover is still to come (a
     *         reordered workbook): nothing has been handed out; read it with {@link #readCover} and
     *         {@link #read(Path, long, YearMonth, Consumer)}
     */
    public ReturnContent read(Path file, YearMonth period, CoverDecision decision) throws UnreadableWorkbookException {
        Reading reading = new Reading(0, period, project -> { });
        reading.decision = decision;
        workbooks.read(file, reading);
        reading.finish();
        return new ReturnContent(reading.cover(), reading.activity, reading.projectCount, reading.rowsRead,
                reading.ledgerSheet, reading.ledgerColumns == null ? Map.of() : reading.ledgerColumns.columns(),
                reading.issues);
    }

    /** Where a return's ledger rows go, decided from its cover. */
    @FunctionalInterface
    public interface CoverDecision {
        /**
         * @return the submission id and the consumer of the valid ledger rows, or {@code null} to read the rest for
         *         its issues only; it may also throw to stop reading
         */
        LedgerSink onCover(Cover cover);
    }

    /** @param projects receives each valid ledger row, numbered for {@code submissionId} */
    public record LedgerSink(long submissionId, Consumer<LedgerProject> projects) {
    }

    /** The cover is not the first sheet: read the cover on its own first. */
    public static final class CoverNotFirstException extends RuntimeException {
        CoverNotFirstException() {
            super("the cover sheet comes after another sheet", null, false, false);
        }
    }

    /** Reads the 封面 sheet alone (cheap: other sheets are skipped), to learn whose return a file is. */
    public Cover readCover(Path file) throws UnreadableWorkbookException {
        Reading reading = new Reading(0, null, project -> { });
        workbooks.read(file, new WorkbookVisitor() {
            @Override
            public void sheetNames(List<String> names) {
                reading.sheetNames = names;
            }

            @Override
            public SheetVisitor sheet(String sheetName) {
                return CellText.key(sheetName).equals(CellText.key(ReturnTemplate.COVER_SHEET))
                        ? reading.sheet(sheetName) : null;
            }
        });
        return reading.cover();
    }

    /**
     * What the cover sheet says; values are {@code null} where missing or unreadable, cells {@code null} where
     * the label row is missing.
     *
     * @param sheet the cover sheet's name as the file spells it, {@code null} when there is no cover sheet
     */
    public record Cover(String sheet, String unitCode, String unitCodeCell, String unitName, String unitNameCell,
            YearMonth period, String reporter, String phone) {
    }

    /** 工作指标 as read; {@code null} for a blank figure. */
    public record Activity(Integer trips, Integer leaderTrips, Integer companiesVisited, Integer visitorsReceived) {
    }

    /**
     * @param projectCount  valid ledger rows handed to the consumer
     * @param rowsRead      non-blank ledger data rows, valid or not
     * @param ledgerSheet   the ledger sheet's name as the file spells it ({@code null} when missing)
     * @param ledgerColumns field (as {@link ReturnTemplate} names it) to 0-based column
     */
    public record ReturnContent(Cover cover, Activity activity, int projectCount, int rowsRead, String ledgerSheet,
            Map<String, Integer> ledgerColumns, IssueList issues) {
    }

    private final class Reading implements WorkbookVisitor {

        long submissionId;
        final YearMonth period;
        Consumer<LedgerProject> projects;
        /** Asked once, when the cover is known; {@code null} when the ledger's destination was given up front. */
        CoverDecision decision;
        boolean decided;
        final IssueList issues = new IssueList();
        final LabelValues coverValues = new LabelValues();
        final LabelValues activityValues = new LabelValues();
        /**
         * Project number to the 0-based row it first appeared on: the one per-row structure kept, to catch
         * duplicates (a row index, not the cell's text: a 200,000-row ledger is read in a 64 MB heap).
         */
        final Map<String, Integer> firstRowOfProject = new HashMap<>();
        List<String> sheetNames = List.of();
        String coverSheet;
        String activitySheet;
        String ledgerSheet;
        String instructionsSheet;
        LedgerColumns ledgerColumns;
        Activity activity;
        String versionMarker;
        String versionCell;
        int projectCount;
        int rowsRead;

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
                            + String.join("、", names) + "），应使用统一模板填报，工作表名称不要改动");
                }
            }
        }

        private String findSheet(String wanted) {
            return sheetNames.stream().filter(n -> CellText.key(n).equals(CellText.key(wanted))).findFirst()
                    .orElse(null);
        }

        private void decide() {
            decided = true;
            LedgerSink sink = decision.onCover(cover());
            if (sink != null) {
                submissionId = sink.submissionId();
                projects = sink.projects();
            }
        }

        @Override
        public SheetVisitor sheet(String sheetName) {
            String key = CellText.key(sheetName);
            if (decision != null && !decided
                    && !(key.equals(CellText.key(ReturnTemplate.COVER_SHEET)) && coverSheet == null)) {
                if (coverSheet == null && findSheet(ReturnTemplate.COVER_SHEET) != null) {
                    throw new CoverNotFirstException();
                }
                decide();
            }
            if (key.equals(CellText.key(ReturnTemplate.COVER_SHEET)) && coverSheet == null) {
                coverSheet = sheetName;
                return coverValues.visitor(sheetName);
            }
            if (key.equals(CellText.key(ReturnTemplate.ACTIVITY_SHEET)) && activitySheet == null) {
                activitySheet = sheetName;
                return activityValues.visitor(sheetName);
            }
            if (key.equals(CellText.key(ReturnTemplate.LEDGER_SHEET)) && ledgerSheet == null) {
                ledgerSheet = sheetName;
                return new LedgerVisitor(sheetName);
            }
            if (key.equals(CellText.key(ReturnTemplate.INSTRUCTIONS_SHEET)) && instructionsSheet == null) {
                instructionsSheet = sheetName;
                return row -> {
                    RawCell label = row.cell(0);
                    if (versionCell == null && label != null
                            && CellText.key(label.text()).equals(CellText.key(ReturnTemplate.TEMPLATE_VERSION))) {
                        RawCell value = row.cell(1);
                        versionMarker = value == null ? "" : CellText.clean(value.text());
                        versionCell = CellRef.of(1, row.rowIndex());
                    }
                };
            }
            return null;
        }

        void finish() {
            if (decision != null && !decided) {
                decide();
            }
            if (versionCell == null) {
                issues.warning(instructionsSheet != null ? instructionsSheet : ReturnTemplate.INSTRUCTIONS_SHEET, null,
                        ReturnTemplate.TEMPLATE_VERSION, null, "未找到模板版本标记（应为 "
                                + ReturnTemplate.VERSION_MARKER + "），已按表头识别；建议下载最新模板填报");
            } else if (!ReturnTemplate.VERSION_MARKER.equals(versionMarker)) {
                issues.error(instructionsSheet, versionCell, ReturnTemplate.TEMPLATE_VERSION, versionMarker,
                        "模板版本不符，应为 " + ReturnTemplate.VERSION_MARKER + "（月报表模板），请下载最新模板重新填报");
            }
            checkCover();
            activity = activitySheet == null ? null
                    : new Activity(activityFigure(ReturnTemplate.TRIPS, true),
                            activityFigure(ReturnTemplate.LEADER_TRIPS, false),
                            activityFigure(ReturnTemplate.COMPANIES_VISITED, false),
                            activityFigure(ReturnTemplate.VISITORS_RECEIVED, false));
        }

        private void checkCover() {
            if (coverSheet == null) {
                return;
            }
            for (String label : List.of(ReturnTemplate.COVER_UNIT_CODE, ReturnTemplate.COVER_UNIT_NAME,
                    ReturnTemplate.COVER_PERIOD)) {
                if (!coverValues.hasLabel(label)) {
                    issues.error(coverSheet, null, label, null,
                            "缺少“" + label + "”一行，应在A列写“" + label + "”、B列填写内容");
                } else if (coverValues.isBlank(label)) {
                    issues.error(coverSheet, coverValues.cell(label), label, null, "必填项为空，应填写" + label
                            + (label.equals(ReturnTemplate.COVER_PERIOD) ? "，如 2024-03 或 2024年3月" : ""));
                }
            }
            String code = coverText(ReturnTemplate.COVER_UNIT_CODE);
            if (code != null && !UNIT_CODE.matcher(code).matches()) {
                issues.error(coverSheet, coverValues.cell(ReturnTemplate.COVER_UNIT_CODE),
                        ReturnTemplate.COVER_UNIT_CODE, code, "单位代码格式不对，应为1—20位字母、数字、下划线或连字符，如 410711");
            }
            RawCell periodCell = coverValues.value(ReturnTemplate.COVER_PERIOD);
            YearMonth coverPeriod = coverPeriod();
            String periodRef = coverValues.cell(ReturnTemplate.COVER_PERIOD);
            if (periodCell != null && !periodCell.isBlank() && coverPeriod == null) {
                issues.error(coverSheet, periodRef, ReturnTemplate.COVER_PERIOD, periodCell.shown(),
                        periodCell.problem() != null ? periodCell.problem()
                                : "无法识别报告期，应填写如 2024-03 或 2024年3月");
            } else if (coverPeriod != null && period != null && !coverPeriod.equals(period)) {
                issues.error(coverSheet, periodRef, ReturnTemplate.COVER_PERIOD, periodCell.shown(),
                        "报告期为 " + coverPeriod + "，与本次报送期 " + period + " 不一致，应为 " + period
                                + (portal ? "（网上报送时选择的报告期是 " + period + "；如果这是 " + coverPeriod
                                        + " 的月报表，请选择报告期 " + coverPeriod + " 后重新上传）"
                                        : "（报表放在 " + period + " 的收件箱中）"));
            }
            checkLength(ReturnTemplate.COVER_REPORTER, REPORTER_LIMIT);
            checkLength(ReturnTemplate.COVER_PHONE, PHONE_LIMIT);
        }

        private void checkLength(String label, int limit) {
            String text = coverText(label);
            if (text != null && text.length() > limit) {
                issues.warning(coverSheet, coverValues.cell(label), label, text,
                        "超过 " + limit + " 个字，只保存前 " + limit + " 个字");
            }
        }

        YearMonth coverPeriod() {
            RawCell cell = coverValues.value(ReturnTemplate.COVER_PERIOD);
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
            return cell.kind() == RawCell.Kind.TEXT ? CellText.parseYearMonth(cell.text()).orElse(null) : null;
        }

        String coverText(String label) {
            RawCell cell = coverValues.value(label);
            if (cell == null || cell.isBlank() || cell.problem() != null) {
                return null;
            }
            if (cell.kind() == RawCell.Kind.NUMBER) {
                return cell.number().stripTrailingZeros().toPlainString();
            }
            return CellText.clean(cell.text());
        }

        Cover cover() {
            return new Cover(coverSheet != null ? coverSheet : findSheet(ReturnTemplate.COVER_SHEET),
                    coverText(ReturnTemplate.COVER_UNIT_CODE), coverValues.cell(ReturnTemplate.COVER_UNIT_CODE),
                    coverText(ReturnTemplate.COVER_UNIT_NAME), coverValues.cell(ReturnTemplate.COVER_UNIT_NAME),
                    coverPeriod(), coverText(ReturnTemplate.COVER_REPORTER), coverText(ReturnTemplate.COVER_PHONE));
        }

        private Integer activityFigure(String label, boolean required) {
            String sheet = activitySheet;
            if (!activityValues.hasLabel(label)) {
                if (required) {
                    issues.error(sheet, null, label, null, "缺少“" + label + "”一行，应在A列写“" + label + "”、B列填写本年累计数");
                }
                return null;
            }
            RawCell cell = activityValues.value(label);
            String ref = activityValues.cell(label);
            if (cell == null || cell.isBlank()) {
                if (required) {
                    issues.error(sheet, ref, label, null, "必填项为空，应填写本年1月至报告期末的累计数（整数，没有请填0）");
                }
                return null;
            }
            if (cell.problem() != null) {
                issues.error(sheet, ref, label, cell.shown(), cell.problem());
                return null;
            }
            BigDecimal n = numberOf(cell);
            if (n == null) {
                issues.error(sheet, ref, label, cell.shown(), "不是数字，应填写不小于0的整数");
                return null;
            }
            if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(new BigDecimal(1_000_000)) >= 0) {
                issues.error(sheet, ref, label, cell.shown(), "应填写不小于0的整数（本年累计次数）");
                return null;
            }
            return n.intValueExact();
        }

        /** The ledger sheet: finds the header among the first rows, then checks and emits each data row. */
        private final class LedgerVisitor implements SheetVisitor {

            final String sheet;
            final List<SheetRow> firstRows = new ArrayList<>();
            boolean headerFailed;
            int hiddenRows;
            String firstHidden;

            LedgerVisitor(String sheet) {
                this.sheet = sheet;
            }

            @Override
            public void row(SheetRow row) {
                if (ledgerColumns == null && !headerFailed) {
                    firstRows.add(row);
                    if (firstRows.size() < HEADER_SEARCH_ROWS) {
                        return;
                    }
                    locateHeader();
                    return;
                }
                dataRow(row);
            }

            @Override
            public void end() {
                if (ledgerColumns == null && !headerFailed) {
                    locateHeader();
                }
                if (hiddenRows > 0) {
                    issues.warning(sheet, firstHidden, null, null, "台账中有 " + hiddenRows
                            + " 行是隐藏行（第一处在此），已按正常数据读取；如不是本月台账的项目，应删除这些行");
                }
                if (ledgerColumns != null && rowsRead == 0) {
                    issues.warning(sheet, null, null, null, "项目台账没有任何项目；如确实没有项目可忽略本提示");
                }
            }

            private void locateHeader() {
                ledgerColumns = LedgerColumns.locate(sheet, firstRows, issues);
                headerFailed = ledgerColumns == null;
                List<SheetRow> buffered = List.copyOf(firstRows);
                firstRows.clear();
                buffered.forEach(this::dataRow);
            }

            private void dataRow(SheetRow row) {
                if (ledgerColumns == null || row.rowIndex() <= ledgerColumns.headerRow() || row.isBlank()) {
                    return;
                }
                rowsRead++;
                if (row.hidden() && hiddenRows++ == 0) {
                    firstHidden = CellRef.of(0, row.rowIndex());
                }
                LedgerProject project = new LedgerRowCheck(sheet, row, ledgerColumns).check();
                if (project != null) {
                    projectCount++;
                    projects.accept(project);
                }
            }
        }

        /**
         * Checks one data row (docs/returns-and-targets.md, 项目台账); returns the project, or {@code null} if any
         * field is wrong.
         */
        private final class LedgerRowCheck {

            final String sheet;
            final SheetRow row;
            final LedgerColumns columns;
            final int errorsBefore;

            LedgerRowCheck(String sheet, SheetRow row, LedgerColumns columns) {
                this.sheet = sheet;
                this.row = row;
                this.columns = columns;
                this.errorsBefore = issues.errorCount();
            }

            String ref(String field) {
                return CellRef.of(columns.column(field), row.rowIndex());
            }

            RawCell cell(String field) {
                int c = columns.column(field);
                RawCell cell = c < 0 ? null : row.cell(c);
                return cell == null || cell.isBlank() ? null : cell;
            }

            /** The cell unless it holds an Excel error or an uncalculated formula, which is reported. */
            RawCell usable(String field) {
                RawCell cell = cell(field);
                if (cell != null && cell.problem() != null) {
                    issues.error(sheet, ref(field), field, cell.shown(), cell.problem());
                    return null;
                }
                return cell;
            }

            boolean present(String field) {
                return cell(field) != null;
            }

            String text(String field) {
                RawCell cell = usable(field);
                if (cell == null) {
                    return null;
                }
                String text = cell.kind() == RawCell.Kind.NUMBER ? cell.number().stripTrailingZeros().toPlainString()
                        : CellText.clean(cell.kind() == RawCell.Kind.DATE ? cell.shown() : cell.text());
                Integer limit = TEXT_LIMITS.get(field);
                if (limit != null && text.length() > limit) {
                    issues.error(sheet, ref(field), field, text, "超过 " + limit + " 个字（现有 " + text.length()
                            + " 个字），应不超过 " + limit + " 个字");
                    return null;
                }
                return text;
            }

            String required(String field, String expected) {
                boolean blank = !present(field);
                String value = text(field);
                if (blank) {
                    issues.error(sheet, ref(field), field, null, "必填项为空，应填写" + expected);
                }
                return value;
            }

            <T> T closedList(String field, Function<String, Optional<T>> parse, List<String> allowed) {
                String value = required(field, "以下之一：" + String.join("、", allowed));
                if (value == null) {
                    return null;
                }
                return parse.apply(value).orElseGet(() -> {
                    issues.error(sheet, ref(field), field, value,
                            "不在可选范围内，应为以下之一：" + String.join("、", allowed) + "（可用下拉列表选择）");
                    return null;
                });
            }

            Boolean yesNo(String field, boolean fallback) {
                RawCell cell = usable(field);
                if (cell == null) {
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
                issues.error(sheet, ref(field), field, cell.shown(), "应填写“是”或“否”"
                        + (fallback ? "（不填视为“是”）" : "（不填视为“否”）"));
                return fallback;
            }

            LocalDate date(String field) {
                RawCell cell = usable(field);
                if (cell == null) {
                    return null;
                }
                LocalDate date = switch (cell.kind()) {
                    case DATE -> cell.dateTime().toLocalDate();
                    case TEXT -> CellText.parseDate(cell.text()).orElse(null);
                    case NUMBER -> CellText.parseDate(cell.number().toPlainString()).orElse(null);
                    default -> null;
                };
                if (date == null) {
                    issues.error(sheet, ref(field), field, cell.shown(),
                            "不是有效日期，应填写如 2024-03-05、2024/3/5 或 2024年3月5日 的日期");
                    return null;
                }
                if (date.isAfter(period.atEndOfMonth())) {
                    issues.error(sheet, ref(field), field, cell.shown(),
                            "日期晚于报告期末（" + period.atEndOfMonth() + "），不能填写未来日期，应不晚于 "
                                    + period.atEndOfMonth());
                    return null;
                }
                if (date.isBefore(EARLIEST_DATE)) {
                    issues.error(sheet, ref(field), field, cell.shown(),
                            "日期早于 " + EARLIEST_DATE + "，应为实际的" + field + "，请核对年份");
                    return null;
                }
                return date;
            }

            /** A money figure, converted to the indicator's unit (万元 headers are divided by 10,000). */
            BigDecimal amount(String field) {
                RawCell cell = usable(field);
                if (cell == null) {
                    return null;
                }
                BigDecimal n = numberOf(cell);
                String unit = columns.unit(field);
                if (n == null) {
                    issues.error(sheet, ref(field), field, cell.shown(), "不是数字，应填写以" + unit
                            + "为单位的数字（不要带单位或文字）");
                    return null;
                }
                if (n.signum() < 0) {
                    issues.error(sheet, ref(field), field, cell.shown(), "不能为负数，应填写不小于0的数字（单位：" + unit + "）");
                    return null;
                }
                BigDecimal value = "万元".equals(unit) ? n.divide(TEN_THOUSAND) : n;
                if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                    issues.error(sheet, ref(field), field, cell.shown(), "数值过大，应填写以" + unit + "为单位的金额");
                    return null;
                }
                if (value.stripTrailingZeros().scale() > MAX_SCALE) {
                    issues.error(sheet, ref(field), field, cell.shown(), "小数位数过多，金额应最多精确到元（"
                            + ("万元".equals(unit) ? "万元最多4位小数" : "亿元最多8位小数") + "）");
                    return null;
                }
                BigDecimal large = field.equals(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR) ? LARGE_WAN_USD : LARGE_YI;
                if (value.compareTo(large) > 0) {
                    issues.warning(sheet, ref(field), field, cell.shown(), "金额很大（超过 " + large.toPlainString()
                            + ("万元".equals(unit) ? " 亿元" : " " + unit) + "），请核对金额单位是否为表头所写的" + unit);
                }
                return value;
            }

            LedgerProject check() {
                String projectNo = required(ReturnTemplate.PROJECT_NO, "本单位内唯一、逐月不变的项目编号");
                String name = required(ReturnTemplate.PROJECT_NAME, "项目全称");
                String investor = required(ReturnTemplate.INVESTOR, "投资主体全称");
                InvestorSource source = closedList(ReturnTemplate.INVESTOR_SOURCE, InvestorSource::ofLabel,
                        InvestorSource.labels());
                String industry = closedList(ReturnTemplate.INDUSTRY,
                        v -> industries.contains(v) ? Optional.of(v) : Optional.empty(), industries);
                ProjectStatus status = closedList(ReturnTemplate.STATUS, ProjectStatus::ofLabel,
                        ProjectStatus.labels());
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
                    Integer firstRow = firstRowOfProject.putIfAbsent(projectNo, row.rowIndex());
                    if (firstRow != null) {
                        String first = CellRef.of(columns.column(ReturnTemplate.PROJECT_NO), firstRow);
                        issues.error(sheet, ref(ReturnTemplate.PROJECT_NO), ReturnTemplate.PROJECT_NO, projectNo,
                                "项目编号重复（与 " + first + " 相同），同一单位的项目编号应唯一");
                    }
                }
                if (status != null && status.requiresSigning()) {
                    if (!present(ReturnTemplate.SIGNED_ON)) {
                        issues.error(sheet, ref(ReturnTemplate.SIGNED_ON), ReturnTemplate.SIGNED_ON, null,
                                "项目状态为“" + status.label() + "”，应填写签约日期");
                    }
                    if (!present(ReturnTemplate.CONTRACT_AMOUNT)) {
                        issues.error(sheet, ref(ReturnTemplate.CONTRACT_AMOUNT), ReturnTemplate.CONTRACT_AMOUNT, null,
                                "项目状态为“" + status.label() + "”，应填写合同投资额（" + columns.unit(
                                        ReturnTemplate.CONTRACT_AMOUNT) + "）");
                    }
                }
                if (status != null && status.requiresStart() && !present(ReturnTemplate.STARTED_ON)) {
                    issues.error(sheet, ref(ReturnTemplate.STARTED_ON), ReturnTemplate.STARTED_ON, null,
                            "项目状态为“" + status.label() + "”，应填写开工日期");
                }
                if (status != null && !status.requiresStart() && status != ProjectStatus.TERMINATED
                        && startedOn != null) {
                    issues.warning(sheet, ref(ReturnTemplate.STARTED_ON), ReturnTemplate.STARTED_ON,
                            startedOn.toString(), "项目状态为“" + status.label() + "”却填写了开工日期，请核对项目状态"
                                    + "（已开工的项目状态应为“已开工”）");
                }
                if (signedOn != null && startedOn != null && startedOn.isBefore(signedOn)) {
                    issues.error(sheet, ref(ReturnTemplate.STARTED_ON), ReturnTemplate.STARTED_ON,
                            startedOn.toString(), "开工日期早于签约日期（" + signedOn + "），应不早于签约日期");
                }
                if (fundsTotal != null && fundsThisYear != null && fundsThisYear.compareTo(fundsTotal) > 0) {
                    issues.error(sheet, ref(ReturnTemplate.FUNDS_THIS_YEAR), ReturnTemplate.FUNDS_THIS_YEAR,
                            cell(ReturnTemplate.FUNDS_THIS_YEAR).shown(), "本年到位资金大于累计到位资金（"
                                    + cell(ReturnTemplate.FUNDS_TOTAL).shown() + "），应不大于累计到位资金");
                }
                if (foreignFunds != null && foreignFunds.signum() > 0 && source != null
                        && source != InvestorSource.FOREIGN) {
                    issues.error(sheet, ref(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR),
                            ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR, cell(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR).shown(),
                            "投资方来源为“" + source.label() + "”，本年到位外资仅限境外项目填写，应留空或改投资方来源为“境外”");
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

    /** A label | value sheet (封面, 工作指标): label in column A, value in column B. */
    private static final class LabelValues {

        final Map<String, RawCell> values = new LinkedHashMap<>();
        final Map<String, String> cells = new HashMap<>();

        SheetVisitor visitor(String sheet) {
            return row -> {
                RawCell label = row.cell(0);
                if (label == null || label.isBlank()) {
                    return;
                }
                String key = CellText.key(label.text());
                if (!cells.containsKey(key)) {
                    values.put(key, row.cell(1));
                    cells.put(key, CellRef.of(1, row.rowIndex()));
                }
            };
        }

        boolean hasLabel(String label) {
            return cells.containsKey(CellText.key(label));
        }

        RawCell value(String label) {
            return values.get(CellText.key(label));
        }

        boolean isBlank(String label) {
            RawCell value = value(label);
            return value == null || value.isBlank();
        }

        String cell(String label) {
            return cells.get(CellText.key(label));
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

        static final List<String> FIELDS = List.of(ReturnTemplate.PROJECT_NO, ReturnTemplate.PROJECT_NAME,
                ReturnTemplate.INVESTOR, ReturnTemplate.INVESTOR_SOURCE, ReturnTemplate.INDUSTRY,
                ReturnTemplate.STATUS, ReturnTemplate.SIGNED_ON, ReturnTemplate.CONTRACT_AMOUNT,
                ReturnTemplate.STARTED_ON, ReturnTemplate.FUNDS_TOTAL, ReturnTemplate.FUNDS_THIS_YEAR,
                ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR, ReturnTemplate.FULFILLED, ReturnTemplate.FORTUNE500,
                ReturnTemplate.REMARK);
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
            HeaderMap header = HeaderMap.find(firstRows, FIELDS);
            if (header == null || header.columnStartingWith(ReturnTemplate.PROJECT_NO) < 0
                    && header.columnStartingWith(ReturnTemplate.PROJECT_NAME) < 0) {
                issues.error(sheet, null, null, null, "前" + HEADER_SEARCH_ROWS + "行中找不到表头，应有“"
                        + String.join("”“", ReturnTemplate.ledgerHeaders()) + "”等列，请使用统一模板填报");
                return null;
            }
            String headerRow = "第" + (header.rowIndex() + 1) + "行";
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<String, String> units = new HashMap<>();
            boolean complete = true;
            for (String field : FIELDS) {
                int c = MONEY.contains(field) ? header.columnStartingWith(field) : header.column(field);
                if (c < 0) {
                    if (OPTIONAL.contains(field)) {
                        continue;
                    }
                    complete = false;
                    issues.error(sheet, headerRow, field, null, "表头缺少“"
                            + (MONEY.contains(field) ? field + "(亿元)" : field) + "”列，应按模板保留该列");
                    continue;
                }
                if (MONEY.contains(field)) {
                    String unit = moneyUnit(header.text(c), field);
                    if (unit == null) {
                        complete = false;
                        issues.error(sheet, CellRef.of(c, header.rowIndex()), field, header.text(c),
                                "表头应注明金额单位，应为“" + field + "(亿元)”或“" + field + "(万元)”");
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
            return complete ? new LedgerColumns(header.rowIndex(), Map.copyOf(columns), units) : null;
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
