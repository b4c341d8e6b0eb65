package org.zsyz.scorecard.store.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/**
 * A row of 项目台账 in an accepted return version. Money in 亿元 (normalised from 万元 on import),
 * foreign funds in 万美元.
 *
 * @param rowNo the 1-based sheet row the project came from, for messages
 * @param extraValues the method's extra columns ({@link ExtraValues}); {@code null} when it declares none
 */
public record LedgerProject(
        long submissionId,
        String projectNo,
        int rowNo,
        String projectName,
        String investor,
        InvestorSource investorSource,
        String industry,
        ProjectStatus projectStatus,
        LocalDate signedOn,
        BigDecimal contractAmount,
        LocalDate startedOn,
        BigDecimal fundsTotal,
        BigDecimal fundsThisYear,
        BigDecimal foreignFundsThisYear,
        boolean fulfilled,
        boolean fortune500,
        String remark,
        String extraValues) {

    /** A row without extra columns (a method that declares none). */
    public LedgerProject(
            long submissionId,
            String projectNo,
            int rowNo,
            String projectName,
            String investor,
            InvestorSource investorSource,
            String industry,
            ProjectStatus projectStatus,
            LocalDate signedOn,
            BigDecimal contractAmount,
            LocalDate startedOn,
            BigDecimal fundsTotal,
            BigDecimal fundsThisYear,
            BigDecimal foreignFundsThisYear,
            boolean fulfilled,
            boolean fortune500,
            String remark) {
        this(
                submissionId,
                projectNo,
                rowNo,
                projectName,
                investor,
                investorSource,
                industry,
                projectStatus,
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

    /** The same row with the method's extra column values. */
    public LedgerProject withExtraValues(String values) {
        return new LedgerProject(
                submissionId,
                projectNo,
                rowNo,
                projectName,
                investor,
                investorSource,
                industry,
                projectStatus,
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

    /** The same row under another return version. */
    public LedgerProject withSubmissionId(long id) {
        return id == submissionId
                ? this
                : new LedgerProject(
                        id,
                        projectNo,
                        rowNo,
                        projectName,
                        investor,
                        investorSource,
                        industry,
                        projectStatus,
                        signedOn,
                        contractAmount,
                        startedOn,
                        fundsTotal,
                        fundsThisYear,
                        foreignFundsThisYear,
                        fulfilled,
                        fortune500,
                        remark,
                        extraValues);
    }
}
