package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.store.returns.LedgerChange;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;

/**
 * Warnings (never errors) for implausible moves against the unit's previous accepted return: a project that
 * vanished from the ledger, cumulative funds going down, this year's funds going down within the year. It
 * compares in SQL the rows just inserted (inside the import's savepoint) with the previous version's, so a
 * 200,000-row ledger costs no memory here.
 */
@Component
public class PreviousReturnCheck {

    /** Listed per kind of change; beyond it one line says how many more there are. */
    static final int LISTED = 200;

    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;

    public PreviousReturnCheck(ReturnSubmissionMapper submissions, LedgerProjectMapper ledger) {
        this.submissions = submissions;
        this.ledger = ledger;
    }

    /**
     * @param columns the ledger's columns in the new file, to name the cell of a changed figure
     */
    public void compare(
            String unitCode,
            YearMonth period,
            long currentId,
            String sheet,
            Map<String, Integer> columns,
            IssueList issues) {
        ReturnSubmission previous = submissions.findLatestCountingUpTo(unitCode, period.minusMonths(1));
        if (previous == null) {
            return;
        }
        String before = "上期（" + previous.period() + "）";

        List<LedgerChange> vanished = ledger.findVanishedProjects(previous.id(), currentId, LISTED);
        for (LedgerChange c : vanished) {
            issues.warning(
                    sheet,
                    null,
                    ReturnTemplate.PROJECT_NO,
                    c.projectNo(),
                    before + "台账第" + c.rowNo() + "行的项目“" + c.projectName() + "”本期台账中没有。台账应列出全部项目，已终止的项目应保留并把状态改为“已终止”");
        }
        more(
                issues,
                sheet,
                ReturnTemplate.PROJECT_NO,
                ledger.countVanishedProjects(previous.id(), currentId),
                vanished.size(),
                "个项目本期台账中没有");

        List<LedgerChange> fundsTotal = ledger.findFundsTotalDecreases(previous.id(), currentId, LISTED);
        for (LedgerChange c : fundsTotal) {
            issues.warning(
                    sheet,
                    cell(columns, ReturnTemplate.FUNDS_TOTAL, c),
                    ReturnTemplate.FUNDS_TOTAL,
                    plain(c.currentValue()) + " 亿元",
                    "比" + before + "的 " + plain(c.previousValue()) + " 亿元少；累计到位资金一般只增不减，请核对");
        }
        more(
                issues,
                sheet,
                ReturnTemplate.FUNDS_TOTAL,
                ledger.countFundsTotalDecreases(previous.id(), currentId),
                fundsTotal.size(),
                "个项目的累计到位资金比上期少");

        if (previous.period().getYear() == period.getYear()) {
            List<LedgerChange> thisYear = ledger.findFundsThisYearDecreases(previous.id(), currentId, LISTED);
            for (LedgerChange c : thisYear) {
                issues.warning(
                        sheet,
                        cell(columns, ReturnTemplate.FUNDS_THIS_YEAR, c),
                        ReturnTemplate.FUNDS_THIS_YEAR,
                        plain(c.currentValue()) + " 亿元",
                        "比" + before + "的 " + plain(c.previousValue()) + " 亿元少；本年到位资金是本年累计数，年内一般只增不减，请核对");
            }
            more(
                    issues,
                    sheet,
                    ReturnTemplate.FUNDS_THIS_YEAR,
                    ledger.countFundsThisYearDecreases(previous.id(), currentId),
                    thisYear.size(),
                    "个项目的本年到位资金比上期少");
        }
    }

    private static void more(IssueList issues, String sheet, String field, int total, int listed, String what) {
        if (total > listed) {
            issues.warning(
                    sheet,
                    null,
                    field,
                    null,
                    "另有 " + (total - listed) + " " + what + "（共 " + total + " 个，只列出前 " + listed + " 个），请核对");
        }
    }

    private static String cell(Map<String, Integer> columns, String field, LedgerChange change) {
        Integer column = columns.get(field);
        return column == null ? null : CellRef.of(column, change.rowNo() - 1);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
