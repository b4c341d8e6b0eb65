package org.zsyz.scorecard.returns;

import java.time.YearMonth;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetVisitor;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.returns.ReturnWorkbookReader.Cover;

/**
 * The 封面 sheet of a return as read (label | value rows) and its checks: the required fields, the unit code, the
 * 报告期 (which must be the period being reported) and the lengths kept of reporter and phone.
 */
final class CoverSheet {

    private final LabelValues values = new LabelValues();

    SheetVisitor visitor() {
        return values.visitor();
    }

    /** Checks the cover read from {@code coverSheet} against the period being reported. */
    void check(String coverSheet, IssueList issues, YearMonth period, boolean portal) {
        for (String label : ReturnFieldRules.COVER_REQUIRED) {
            if (!values.hasLabel(label)) {
                issues.error(coverSheet, null, label, null, "缺少“" + label + "”一行，应在A列写“" + label + "”、B列填写内容");
            } else if (values.isBlank(label)) {
                issues.error(
                        coverSheet,
                        values.cell(label),
                        label,
                        null,
                        "必填项为空，应填写" + label
                                + (label.equals(ReturnTemplate.COVER_PERIOD) ? "，如 2024-03 或 2024年3月" : ""));
            }
        }
        String code = coverText(ReturnTemplate.COVER_UNIT_CODE);
        if (code != null) {
            TemplateChecks.checkUnitCode(
                    issues,
                    coverSheet,
                    values.cell(ReturnTemplate.COVER_UNIT_CODE),
                    ReturnTemplate.COVER_UNIT_CODE,
                    code);
        }
        RawCell periodCell = values.value(ReturnTemplate.COVER_PERIOD);
        YearMonth coverPeriod = coverPeriod();
        String periodRef = values.cell(ReturnTemplate.COVER_PERIOD);
        if (periodCell != null && !periodCell.isBlank() && coverPeriod == null) {
            issues.error(
                    coverSheet,
                    periodRef,
                    ReturnTemplate.COVER_PERIOD,
                    periodCell.shown(),
                    periodCell.problem() != null ? periodCell.problem() : "无法识别报告期，应填写如 2024-03 或 2024年3月");
        } else if (coverPeriod != null && period != null && !coverPeriod.equals(period)) {
            issues.error(
                    coverSheet,
                    periodRef,
                    ReturnTemplate.COVER_PERIOD,
                    periodCell.shown(),
                    "报告期为 " + coverPeriod + "，与本次报送期 " + period + " 不一致，应为 " + period
                            + (portal
                                    ? "（网上报送时选择的报告期是 " + period + "；如果这是 " + coverPeriod + " 的月报表，请选择报告期 " + coverPeriod
                                            + " 后重新上传）"
                                    : "（报表放在 " + period + " 的收件箱中）"));
        }
        checkLength(coverSheet, issues, ReturnTemplate.COVER_REPORTER, ReturnFieldRules.REPORTER_LIMIT);
        checkLength(coverSheet, issues, ReturnTemplate.COVER_PHONE, ReturnFieldRules.PHONE_LIMIT);
    }

    private void checkLength(String coverSheet, IssueList issues, String label, int limit) {
        String text = coverText(label);
        if (text != null && text.length() > limit) {
            issues.warning(coverSheet, values.cell(label), label, text, "超过 " + limit + " 个字，只保存前 " + limit + " 个字");
        }
    }

    YearMonth coverPeriod() {
        RawCell cell = values.value(ReturnTemplate.COVER_PERIOD);
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
                return CellText.parseYearMonth(digits.substring(0, 4) + "-" + digits.substring(4))
                        .orElse(null);
            }
            return null;
        }
        return cell.kind() == RawCell.Kind.TEXT
                ? CellText.parseYearMonth(cell.text()).orElse(null)
                : null;
    }

    private String coverText(String label) {
        return TemplateChecks.text(values.value(label));
    }

    /** The cover as read, {@code sheet} being the cover sheet's name in the file (or {@code null}). */
    Cover cover(String sheet) {
        return new Cover(
                sheet,
                coverText(ReturnTemplate.COVER_UNIT_CODE),
                values.cell(ReturnTemplate.COVER_UNIT_CODE),
                coverText(ReturnTemplate.COVER_UNIT_NAME),
                values.cell(ReturnTemplate.COVER_UNIT_NAME),
                coverPeriod(),
                coverText(ReturnTemplate.COVER_REPORTER),
                coverText(ReturnTemplate.COVER_PHONE));
    }
}
