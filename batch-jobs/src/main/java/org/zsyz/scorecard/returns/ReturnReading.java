package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.SheetVisitor;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.excel.WorkbookVisitor;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.Activity;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.Cover;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.CoverDecision;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.CoverNotFirstException;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.LedgerSink;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.ReturnContent;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * One pass over a return: routes each sheet (封面, 工作指标, 项目台账, 填报说明) to its reader, checks the cover, the
 * 工作指标 rows and the template version once every sheet has been seen, and hands the valid ledger rows on.
 */
final class ReturnReading implements WorkbookVisitor {

    private final YearMonth period;
    /** The year's method's extra ledger columns (none for most methods). */
    private final ExtraColumns extraColumns;

    private final List<String> industries;
    private final boolean portal;
    private long submissionId;
    private Consumer<LedgerProject> projects;
    /** Asked once, when the cover is known; {@code null} when the ledger's destination was given up front. */
    private final CoverDecision decision;

    private boolean decided;
    private final IssueList issues = new IssueList();
    private final CoverSheet coverCheck = new CoverSheet();
    private final LabelValues activityValues = new LabelValues();
    /**
     * Project number to the 0-based row it first appeared on: the one per-row structure kept, to catch
     * duplicates (a row index, not the cell's text: a 200,000-row ledger is read in a 64 MB heap).
     */
    private final Map<String, Integer> firstRowOfProject = new HashMap<>();

    private List<String> sheetNames = List.of();
    private String coverSheet;
    private String activitySheet;
    private String ledgerSheet;
    private String instructionsSheet;
    private LedgerColumns ledgerColumns;
    private Activity activity;
    private String versionMarker;
    private String versionCell;
    private int projectCount;
    private int rowsRead;

    /**
     * @param sink     where the ledger rows go, or {@code null} to ask {@code decision}
     * @param decision asked when the cover is known, or {@code null}
     */
    ReturnReading(
            YearMonth period,
            List<String> industries,
            ExtraColumns extraColumns,
            boolean portal,
            LedgerSink sink,
            CoverDecision decision) {
        this.extraColumns = extraColumns;
        this.portal = portal;
        this.period = period;
        this.industries = industries;
        this.submissionId = sink == null ? 0 : sink.submissionId();
        this.projects = sink == null ? project -> {} : sink.projects();
        this.decision = decision;
    }

    ReturnContent content() {
        return new ReturnContent(
                cover(),
                activity,
                projectCount,
                rowsRead,
                ledgerSheet,
                ledgerColumns == null ? Map.of() : ledgerColumns.columns(),
                issues);
    }

    @Override
    public void sheetNames(List<String> names) {
        sheetNames = names;
        TemplateChecks.requireSheets(
                issues,
                ReturnFieldRules.TEMPLATE,
                List.of(ReturnTemplate.COVER_SHEET, ReturnTemplate.LEDGER_SHEET, ReturnTemplate.ACTIVITY_SHEET),
                s -> findSheet(s) != null,
                names);
    }

    private String findSheet(String wanted) {
        return sheetNames.stream()
                .filter(n -> CellText.key(n).equals(CellText.key(wanted)))
                .findFirst()
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
        boolean isCover = key.equals(CellText.key(ReturnTemplate.COVER_SHEET)) && coverSheet == null;
        if (decision != null && !decided && !isCover) {
            if (coverSheet == null && findSheet(ReturnTemplate.COVER_SHEET) != null) {
                throw new CoverNotFirstException();
            }
            decide();
        }
        if (isCover) {
            coverSheet = sheetName;
            return coverCheck.visitor();
        }
        if (key.equals(CellText.key(ReturnTemplate.ACTIVITY_SHEET)) && activitySheet == null) {
            activitySheet = sheetName;
            return activityValues.visitor();
        }
        if (key.equals(CellText.key(ReturnTemplate.LEDGER_SHEET)) && ledgerSheet == null) {
            ledgerSheet = sheetName;
            return new LedgerSheet(sheetName);
        }
        if (key.equals(CellText.key(ReturnTemplate.INSTRUCTIONS_SHEET)) && instructionsSheet == null) {
            instructionsSheet = sheetName;
            return row -> {
                RawCell label = row.cell(0);
                if (versionCell == null
                        && label != null
                        && CellText.key(label.text()).equals(CellText.key(ReturnTemplate.TEMPLATE_VERSION))) {
                    RawCell value = row.cell(1);
                    versionMarker = value == null ? "" : CellText.clean(value.text());
                    versionCell = CellRef.of(1, row.rowIndex());
                }
            };
        }
        return null;
    }

    /** The sheet-level checks, once every sheet has been read. */
    void finish() {
        if (decision != null && !decided) {
            decide();
        }
        TemplateChecks.checkVersion(
                issues,
                ReturnFieldRules.TEMPLATE,
                ReturnTemplate.INSTRUCTIONS_SHEET,
                ReturnTemplate.TEMPLATE_VERSION,
                instructionsSheet,
                versionCell == null ? null : versionMarker,
                versionCell);
        if (coverSheet != null) {
            coverCheck.check(coverSheet, issues, period, portal);
        }
        if (activitySheet != null) {
            List<Integer> figures = new ArrayList<>();
            for (ReturnFieldRules.ActivityRule rule : ReturnFieldRules.ACTIVITY) {
                figures.add(activityFigure(rule.label(), rule.required()));
            }
            activity = new Activity(figures.get(0), figures.get(1), figures.get(2), figures.get(3));
        }
    }

    Cover cover() {
        return coverCheck.cover(coverSheet != null ? coverSheet : findSheet(ReturnTemplate.COVER_SHEET));
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
        BigDecimal n = TemplateChecks.number(cell);
        if (n == null) {
            issues.error(sheet, ref, label, cell.shown(), "不是数字，应填写不小于0的整数");
            return null;
        }
        if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(ReturnFieldRules.ACTIVITY_LIMIT) >= 0) {
            issues.error(sheet, ref, label, cell.shown(), "应填写不小于0的整数（本年累计次数）");
            return null;
        }
        return n.intValueExact();
    }

    /** The ledger sheet: finds the header among the first rows, then checks and emits each data row. */
    private final class LedgerSheet implements SheetVisitor {

        private final String sheet;
        private final List<SheetRow> firstRows = new ArrayList<>();
        private boolean headerFailed;
        private int hiddenRows;
        private String firstHidden;

        LedgerSheet(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void row(SheetRow row) {
            if (ledgerColumns == null && !headerFailed) {
                firstRows.add(row);
                if (firstRows.size() >= TemplateChecks.HEADER_SEARCH_ROWS) {
                    locateHeader();
                }
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
                issues.warning(
                        sheet,
                        firstHidden,
                        null,
                        null,
                        "台账中有 " + hiddenRows + " 行是隐藏行（第一处在此），已按正常数据读取；如不是本月台账的项目，应删除这些行");
            }
            if (ledgerColumns != null && rowsRead == 0) {
                issues.warning(sheet, null, null, null, "项目台账没有任何项目；如确实没有项目可忽略本提示");
            }
        }

        private void locateHeader() {
            ledgerColumns = LedgerColumns.locate(sheet, firstRows, issues, extraColumns);
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
            LedgerProject project = new LedgerRowCheck(
                            sheet, row, ledgerColumns, issues, period, industries, firstRowOfProject)
                    .check(submissionId);
            if (project != null) {
                projectCount++;
                projects.accept(project);
            }
        }
    }
}
