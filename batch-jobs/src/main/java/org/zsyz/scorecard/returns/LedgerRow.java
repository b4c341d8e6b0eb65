package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ExtraValues;

/**
 * One row of the 项目台账 sheet, as a unit reports it. Money is in 亿元 except {@code foreignFundsThisYear}
 * (万美元). Any field may be {@code null} (a blank cell): the writer does not judge completeness, the import
 * validation does. {@code industry} is free text because the 产业类别 list is configurable. This is the writer's
 * row (blank-able flags, no submission id), not the stored row of an accepted return.
 *
 * @param fundsTotal 累计到位资金: all funds received since signing, RMB
 * @param fundsThisYear 本年到位资金: domestic funds received this year (YTD)
 * @param foreignFundsThisYear 本年到位外资: for 境外 projects only, YTD, never converted
 * @param fulfilled 是否履约; {@code null} means the default 是
 * @param extraValues the method's extra columns, as stored ({@link ExtraValues}); {@code null} for none
 */
public record LedgerRow(
        String projectNo,
        String name,
        String investor,
        InvestorSource source,
        String industry,
        ProjectStatus status,
        LocalDate signedOn,
        BigDecimal contractAmount,
        LocalDate startedOn,
        BigDecimal fundsTotal,
        BigDecimal fundsThisYear,
        BigDecimal foreignFundsThisYear,
        Boolean fulfilled,
        Boolean fortune500,
        String remark,
        String extraValues) {

    /** A row without extra columns. */
    public LedgerRow(
            String projectNo,
            String name,
            String investor,
            InvestorSource source,
            String industry,
            ProjectStatus status,
            LocalDate signedOn,
            BigDecimal contractAmount,
            LocalDate startedOn,
            BigDecimal fundsTotal,
            BigDecimal fundsThisYear,
            BigDecimal foreignFundsThisYear,
            Boolean fulfilled,
            Boolean fortune500,
            String remark) {
        this(
                projectNo,
                name,
                investor,
                source,
                industry,
                status,
                signedOn,
                contractAmount,
                startedOn,
                fundsTotal,
                fundsThisYear,
                foreignFundsThisYear,
                fulfilled,
                fortune500,
                remark,
                null);
    }

    /** The same row with these extra column values (encoded). */
    public LedgerRow withExtraValues(String values) {
        return new LedgerRow(
                projectNo,
                name,
                investor,
                source,
                industry,
                status,
                signedOn,
                contractAmount,
                startedOn,
                fundsTotal,
                fundsThisYear,
                foreignFundsThisYear,
                fulfilled,
                fortune500,
                remark,
                values);
    }
}
