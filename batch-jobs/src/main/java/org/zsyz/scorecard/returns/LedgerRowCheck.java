package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.returns.ReturnFieldRules.FieldRule;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * Checks one data row of the 项目台账 by {@link ReturnFieldRules}: each field by its rule, in order, then the rules
 * across fields; returns the project, or {@code null} if any field is wrong. Every problem names the cell.
 */
final class LedgerRowCheck implements ReturnFieldRules.Row {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);

    private final String sheet;
    private final SheetRow row;
    private final LedgerColumns columns;
    private final IssueList issues;
    private final YearMonth period;
    private final List<String> industries;
    private final Map<String, Integer> firstRowOfProject;
    private final int errorsBefore;

    /**
     * @param firstRowOfProject project number to the 0-based row it first appeared on, shared by the rows of a sheet
     */
    LedgerRowCheck(
            String sheet,
            SheetRow row,
            LedgerColumns columns,
            IssueList issues,
            YearMonth period,
            List<String> industries,
            Map<String, Integer> firstRowOfProject) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.issues = issues;
        this.period = period;
        this.industries = industries;
        this.firstRowOfProject = firstRowOfProject;
        this.errorsBefore = issues.errorCount();
    }

    LedgerProject check(long submissionId) {
        Map<String, Object> v = new HashMap<>();
        for (FieldRule rule : ReturnFieldRules.LEDGER) {
            Object value = read(rule);
            if (value != null) {
                v.put(rule.field(), value);
            }
        }
        ReturnFieldRules.LedgerValues values = new ReturnFieldRules.LedgerValues(
                (String) v.get(ReturnTemplate.PROJECT_NO),
                (InvestorSource) v.get(ReturnTemplate.INVESTOR_SOURCE),
                (ProjectStatus) v.get(ReturnTemplate.STATUS),
                (LocalDate) v.get(ReturnTemplate.SIGNED_ON),
                (LocalDate) v.get(ReturnTemplate.STARTED_ON),
                (BigDecimal) v.get(ReturnTemplate.FUNDS_TOTAL),
                (BigDecimal) v.get(ReturnTemplate.FUNDS_THIS_YEAR),
                (BigDecimal) v.get(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR));
        ReturnFieldRules.acrossFields(this, values);
        String extraValues = columns.extras().isEmpty()
                ? null
                : new ExtraCellCheck(sheet, row, issues, period).check(columns.extras());
        if (issues.errorCount() > errorsBefore) {
            return null;
        }
        return new LedgerProject(
                submissionId,
                values.projectNo(),
                row.rowNumber(),
                (String) v.get(ReturnTemplate.PROJECT_NAME),
                (String) v.get(ReturnTemplate.INVESTOR),
                values.source(),
                (String) v.get(ReturnTemplate.INDUSTRY),
                values.status(),
                values.signedOn(),
                (BigDecimal) v.get(ReturnTemplate.CONTRACT_AMOUNT),
                values.startedOn(),
                values.fundsTotal(),
                values.fundsThisYear(),
                values.foreignFunds(),
                (Boolean) v.get(ReturnTemplate.FULFILLED),
                (Boolean) v.get(ReturnTemplate.FORTUNE500),
                (String) v.get(ReturnTemplate.REMARK),
                extraValues);
    }

    private Object read(FieldRule rule) {
        String field = rule.field();
        return switch (rule.type()) {
            case TEXT -> rule.required() != null ? required(rule, rule::required) : text(rule);
            case CHOICE -> choice(rule);
            case DATE -> date(field);
            case AMOUNT -> amount(rule);
            case YES_NO -> yesNo(field, rule.blankMeans());
        };
    }

    @Override
    public String ref(String field) {
        return CellRef.of(columns.column(field), row.rowIndex());
    }

    private RawCell cell(String field) {
        int c = columns.column(field);
        RawCell cell = c < 0 ? null : row.cell(c);
        return cell == null || cell.isBlank() ? null : cell;
    }

    @Override
    public boolean present(String field) {
        return cell(field) != null;
    }

    @Override
    public String shown(String field) {
        return cell(field).shown();
    }

    @Override
    public String unit(String field) {
        return columns.unit(field);
    }

    @Override
    public String earlierRowOf(String projectNo) {
        Integer firstRow = firstRowOfProject.putIfAbsent(projectNo, row.rowIndex());
        return firstRow == null ? null : CellRef.of(columns.column(ReturnTemplate.PROJECT_NO), firstRow);
    }

    @Override
    public void error(String field, String value, String message) {
        issues.error(sheet, ref(field), field, value, message);
    }

    @Override
    public void warning(String field, String value, String message) {
        issues.warning(sheet, ref(field), field, value, message);
    }

    /** The cell unless it holds an Excel error or an uncalculated formula, which is reported. */
    private RawCell usable(String field) {
        RawCell cell = cell(field);
        if (cell != null && cell.problem() != null) {
            error(field, cell.shown(), cell.problem());
            return null;
        }
        return cell;
    }

    private String text(FieldRule rule) {
        String field = rule.field();
        RawCell cell = usable(field);
        if (cell == null) {
            return null;
        }
        String text = cell.kind() == RawCell.Kind.NUMBER
                ? cell.number().stripTrailingZeros().toPlainString()
                : CellText.clean(cell.kind() == RawCell.Kind.DATE ? cell.shown() : cell.text());
        Integer limit = rule.maxLength();
        if (limit != null && text.length() > limit) {
            error(field, text, "超过 " + limit + " 个字（现有 " + text.length() + " 个字），应不超过 " + limit + " 个字");
            return null;
        }
        return text;
    }

    /** @param expected what to fill in, worded only when the cell is blank */
    private String required(FieldRule rule, Supplier<String> expected) {
        boolean blank = !present(rule.field());
        String value = text(rule);
        if (blank) {
            error(rule.field(), null, "必填项为空，应填写" + expected.get());
        }
        return value;
    }

    private Object choice(FieldRule rule) {
        List<String> allowed = rule.choices() != null ? rule.choices() : industries;
        String value = required(rule, () -> rule.required() + "：" + String.join("、", allowed));
        if (value == null) {
            return null;
        }
        Optional<?> parsed = rule.parse() != null
                ? rule.parse().apply(value)
                : allowed.contains(value) ? Optional.of(value) : Optional.empty();
        if (parsed.isEmpty()) {
            error(rule.field(), value, "不在可选范围内，应为以下之一：" + String.join("、", allowed) + "（可用下拉列表选择）");
            return null;
        }
        return parsed.get();
    }

    private Boolean yesNo(String field, boolean fallback) {
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
        error(field, cell.shown(), "应填写“是”或“否”" + (fallback ? "（不填视为“是”）" : "（不填视为“否”）"));
        return fallback;
    }

    private LocalDate date(String field) {
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
            error(field, cell.shown(), "不是有效日期，应填写如 2024-03-05、2024/3/5 或 2024年3月5日 的日期");
            return null;
        }
        if (date.isAfter(period.atEndOfMonth())) {
            error(
                    field,
                    cell.shown(),
                    "日期晚于报告期末（" + period.atEndOfMonth() + "），不能填写未来日期，应不晚于 " + period.atEndOfMonth());
            return null;
        }
        if (date.isBefore(ReturnFieldRules.EARLIEST_DATE)) {
            error(field, cell.shown(), "日期早于 " + ReturnFieldRules.EARLIEST_DATE + "，应为实际的" + field + "，请核对年份");
            return null;
        }
        return date;
    }

    /** A money figure, converted to the indicator's unit (万元 headers are divided by 10,000). */
    private BigDecimal amount(FieldRule rule) {
        String field = rule.field();
        RawCell cell = usable(field);
        if (cell == null) {
            return null;
        }
        BigDecimal n = TemplateChecks.number(cell);
        String unit = columns.unit(field);
        if (n == null) {
            error(field, cell.shown(), "不是数字，应填写以" + unit + "为单位的数字（不要带单位或文字）");
            return null;
        }
        if (n.signum() < 0) {
            error(field, cell.shown(), "不能为负数，应填写不小于0的数字（单位：" + unit + "）");
            return null;
        }
        BigDecimal value = "万元".equals(unit) ? n.divide(TEN_THOUSAND) : n;
        if (value.precision() - value.scale() > ReturnFieldRules.MAX_INTEGER_DIGITS) {
            error(field, cell.shown(), "数值过大，应填写以" + unit + "为单位的金额");
            return null;
        }
        if (value.stripTrailingZeros().scale() > ReturnFieldRules.MAX_SCALE) {
            error(field, cell.shown(), "小数位数过多，金额应最多精确到元（" + ("万元".equals(unit) ? "万元最多4位小数" : "亿元最多8位小数") + "）");
            return null;
        }
        BigDecimal large = rule.largeAbove();
        if (value.compareTo(large) > 0) {
            warning(
                    field,
                    cell.shown(),
                    "金额很大（超过 " + large.toPlainString() + ("万元".equals(unit) ? " 亿元" : " " + unit) + "），请核对金额单位是否为表头所写的"
                            + unit);
        }
        return value;
    }
}
