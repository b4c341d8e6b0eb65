package org.zsyz.scorecard.excel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The checks every workbook made from one of the bureau's templates gets, whatever the template: its sheets are
 * there, its version marker is the current one, its header is among the first rows with no column of its own, and
 * a unit code has the codes' form. The wording that differs between templates is the template's {@link Kind}.
 */
public final class TemplateChecks {

    /** A unit code: 1–20 letters, digits, underscores or hyphens. */
    public static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    /** The header is looked for in this many rows from the top. */
    public static final int HEADER_SEARCH_ROWS = 10;

    /**
     * A template's name and its advice in messages.
     *
     * @param name        what the version marker names, e.g. 月报表模板
     * @param marker      the current version marker
     * @param useTemplate how to say "use the template" after a missing sheet
     * @param useLatest   the advice after a missing version marker
     * @param redo        the advice after a wrong version marker
     */
    public record Kind(String name, String marker, String useTemplate, String useLatest, String redo) {}

    private TemplateChecks() {}

    public static boolean isUnitCode(String code) {
        return code != null && UNIT_CODE.matcher(code).matches();
    }

    /** Reports a code that is not of a unit code's form; {@code true} when it is. */
    public static boolean checkUnitCode(IssueList issues, String sheet, String cell, String field, String code) {
        if (isUnitCode(code)) {
            return true;
        }
        issues.error(sheet, cell, field, code, "单位代码格式不对，应为1—20位字母、数字、下划线或连字符，如 410711");
        return false;
    }

    /** Reports every required sheet that {@code present} does not find, naming the sheets the file has. */
    public static void requireSheets(
            IssueList issues, Kind kind, List<String> required, Predicate<String> present, List<String> names) {
        for (String sheet : required) {
            if (!present.test(sheet)) {
                issues.error(
                        sheet,
                        null,
                        null,
                        null,
                        "缺少工作表「" + sheet + "」（现有工作表：" + String.join("、", names) + "），" + kind.useTemplate()
                                + "，工作表名称不要改动");
            }
        }
    }

    /**
     * Checks the version marker found on the instructions sheet: a missing one is a warning (the header is what is
     * read), a different one an error.
     *
     * @param sheet   the instructions sheet as the file spells it, or {@code null} when there is none
     * @param found   the marker's text, {@code null} when no marker row was found
     * @param cell    the marker's cell
     */
    public static void checkVersion(
            IssueList issues, Kind kind, String defaultSheet, String label, String sheet, String found, String cell) {
        if (found == null) {
            issues.warning(
                    sheet != null ? sheet : defaultSheet,
                    null,
                    label,
                    null,
                    "未找到模板版本标记（应为 " + kind.marker() + "），已按表头识别；" + kind.useLatest());
        } else if (!kind.marker().equals(found)) {
            issues.error(
                    sheet, cell, label, found, "模板版本不符，应为 " + kind.marker() + "（" + kind.name() + "），" + kind.redo());
        }
    }

    /** Warns of each header column the template does not have. */
    public static void extraColumns(IssueList issues, String sheet, HeaderMap header, Collection<Integer> known) {
        for (int extra : header.columnsOtherThan(known)) {
            issues.warning(
                    sheet, CellRef.of(extra, header.rowIndex()), header.text(extra), header.text(extra), "模板以外的列，已忽略");
        }
    }

    /** A cell's text as a template value: {@code null} when blank or unusable; a number as its plain digits. */
    public static String text(RawCell cell) {
        if (cell == null || cell.isBlank() || cell.problem() != null) {
            return null;
        }
        return cell.kind() == RawCell.Kind.NUMBER
                ? cell.number().stripTrailingZeros().toPlainString()
                : CellText.clean(cell.text());
    }

    /** A cell's number, also when typed as text; {@code null} when blank or not a number. */
    public static BigDecimal number(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> CellText.parseNumber(cell.text()).orElse(null);
            default -> null;
        };
    }
}
