package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ExtraValues;
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
 * @param columns         conditions on the method's extra ledger columns, all to hold
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
        Integer signedMonthsAgo,
        List<ColumnTest> columns) {

    public static final ProjectCondition ANY =
            new ProjectCondition(null, null, null, null, null, null, null, null, null, null, null);

    /** Without conditions on extra columns. */
    public ProjectCondition(
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
        this(
                sources,
                statuses,
                signed,
                startedThisYear,
                contractFrom,
                contractBelow,
                industries,
                fortune500,
                fulfilled,
                signedMonthsAgo,
                null);
    }

    /**
     * An extra column's value (as stored, {@link ExtraValues}) among {@code values}, or a number from ≤ x < below;
     * a blank cell matches neither.
     */
    public record ColumnTest(String code, Set<String> values, BigDecimal from, BigDecimal below) {
        boolean test(Map<String, String> extras) {
            String v = extras.get(code);
            if (v == null) {
                return false;
            }
            if (values != null) {
                return values.contains(v);
            }
            BigDecimal n = new BigDecimal(v);
            return (from == null || n.compareTo(from) >= 0) && (below == null || n.compareTo(below) < 0);
        }
    }

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
        return test(p, d, columns == null ? Map.of() : ExtraValues.decode(p.extraValues()));
    }

    /** @param extras the project's extra column values, decoded once for all the conditions judged on it */
    public boolean test(LedgerProject p, Dates d, Map<String, String> extras) {
        if (columns != null) {
            for (ColumnTest t : columns) {
                if (!t.test(extras)) {
                    return false;
                }
            }
        }
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
