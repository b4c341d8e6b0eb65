package org.zsyz.scorecard.returns;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The drop-down and range validations of the targets and return templates, each with a Chinese error box naming
 * the field. Kept apart from {@link TemplateWorkbooks} so each stays a screenful.
 */
public final class TemplateValidations {

    /** Validations reach this many rows past the last written data row, so new rows typed in are checked too. */
    public static final int VALIDATION_SPARE_ROWS = 1000;

    private static final int STOP = DataValidation.ErrorStyle.STOP;
    private static final int LAST_EXCEL_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private TemplateValidations() {}

    /** Last 0-based row index the validations of a data sheet cover: data rows plus spare rows. */
    public static int validatedLastRow(int firstDataRow, long dataRows) {
        long last = firstDataRow + dataRows + VALIDATION_SPARE_ROWS - 1;
        return (int) Math.min(last, LAST_EXCEL_ROW);
    }

    public static void listValidation(
            Sheet sheet, int firstRow, int lastRow, int column, List<String> values, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        add(sheet, helper, constraint, firstRow, lastRow, column, field, "请从下拉列表中选择：" + String.join("、", values), STOP);
    }

    /** A drop-down that suggests {@code values} but accepts others after a warning (for configurable lists). */
    public static void suggestionValidation(
            Sheet sheet, int firstRow, int lastRow, int column, List<String> values, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        add(
                sheet,
                helper,
                constraint,
                firstRow,
                lastRow,
                column,
                field,
                "常用值：" + String.join("、", values) + "。确需其他值请点“是”继续",
                DataValidation.ErrorStyle.WARNING);
    }

    /** A drop-down whose values come from a range of the workbook, e.g. the unit codes on another sheet. */
    public static void formulaListValidation(
            Sheet sheet, int firstRow, int lastRow, int column, String formula, String field, String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(
                sheet,
                helper,
                helper.createFormulaListConstraint(formula),
                firstRow,
                lastRow,
                column,
                field,
                message,
                STOP);
    }

    public static void decimalValidation(Sheet sheet, int firstRow, int lastRow, int column, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        add(sheet, helper, constraint, firstRow, lastRow, column, field, "请填写不小于 0 的数字", STOP);
    }

    public static void wholeNumberValidation(Sheet sheet, int firstRow, int lastRow, int column, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        add(sheet, helper, constraint, firstRow, lastRow, column, field, "请填写不小于 0 的整数", STOP);
    }

    public static void monthValidation(Sheet sheet, int firstRow, int lastRow, int column, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "1", "12");
        add(sheet, helper, constraint, firstRow, lastRow, column, field, "请填写 1 到 12 之间的整数", STOP);
    }

    public static void percentValidation(Sheet sheet, int firstRow, int lastRow, int column, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
        add(sheet, helper, constraint, firstRow, lastRow, column, field, "请填写 0 到 100 之间的数字（单位：%）", STOP);
    }

    public static void dateValidation(Sheet sheet, int firstRow, int lastRow, int column, String field) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createDateConstraint(
                OperatorType.BETWEEN, "DATE(1990,1,1)", "DATE(2099,12,31)", TemplateWorkbooks.DATE_FORMAT);
        add(sheet, helper, constraint, firstRow, lastRow, column, field, "请填写日期，格式 yyyy-mm-dd，如 2025-03-18", STOP);
    }

    private static void add(
            Sheet sheet,
            DataValidationHelper helper,
            DataValidationConstraint constraint,
            int firstRow,
            int lastRow,
            int column,
            String field,
            String message,
            int errorStyle) {
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setErrorStyle(errorStyle);
        validation.createErrorBox(field + "填写有误", message);
        validation.setShowErrorBox(true);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            // POI's XSSF flag is inverted: "suppress" = true writes showDropDown="0", i.e. the arrow is shown.
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }
}
