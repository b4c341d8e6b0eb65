package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * A method's condition on a ledger project (docs/method.md, format 2, {@code where}); every part left {@code null}
 * matches any project. Evaluated once per project for all the indicators and rules that share it.
 *
 * @param sources         投资方来源 among these
 * @param statuses        项目状态 among these
 * @param signed          signed within the year ({@link Window#YEAR}) or the rate cohort ({@link Window#COHORT})
 * @param startedThisYear started (开工日期) within the year
 * @param contractFrom    合同投资额 (亿元) at least this
 * @param contractBelow   合同投资额 (亿元) below this
 * @param industries      产业类别 among these
 * @param fortune500      世界500强 or not
 * @param fulfilled       履约 or not
 * @param signedMonthsAgo signed more than this many months before the period's end
 */
public record ProjectCondition(
        Set<InvestorSource> sources,
        Set<ProjectStatus> statuses,
        Window signed,
        Boolean startedThisYear,
        BigDecimal contractFrom,
        BigDecimal contractBelow,
        Set<String> industries,
        Boolean fortune500,
        Boolean fulfilled,
        Integer signedMonthsAgo) {

    public static final ProjectCondition ANY =
            new ProjectCondition(null, null, null, null, null, null, null, null, null, null);

    public enum Window {
        YEAR,
        COHORT
    }

    /** The dates a condition is judged against: the year so far, the cohort, the period's end. */
    public record Dates(LocalDate yearStart, LocalDate cohortStart, LocalDate periodEnd) {
        boolean within(LocalDate date, LocalDate from) {
            return date != null && !date.isBefore(from) && !date.isAfter(periodEnd);
        }
    }

    public boolean test(LedgerProject p, Dates d) {
        if (sources != null && !sources.contains(p.investorSource())) {
            return false;
        }
        if (statuses != null && !statuses.contains(p.projectStatus())) {
            return false;
        }
        if (signed != null && !d.within(p.signedOn(), signed == Window.YEAR ? d.yearStart() : d.cohortStart())) {
            return false;
        }
        if (Boolean.TRUE.equals(startedThisYear) && !d.within(p.startedOn(), d.yearStart())) {
            return false;
        }
        BigDecimal contract = p.contractAmount() == null ? BigDecimal.ZERO : p.contractAmount();
        if (contractFrom != null && contract.compareTo(contractFrom) < 0) {
            return false;
        }
        if (contractBelow != null && contract.compareTo(contractBelow) >= 0) {
            return false;
        }
        if (industries != null && !industries.contains(p.industry())) {
            return false;
        }
        if (fortune500 != null && fortune500 != p.fortune500()) {
            return false;
        }
        if (fulfilled != null && fulfilled != p.fulfilled()) {
            return false;
        }
        return signedMonthsAgo == null
                || (p.signedOn() != null
                        && p.signedOn().plusMonths(signedMonthsAgo).isBefore(d.periodEnd()));
    }
}
