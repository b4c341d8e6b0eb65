package org.zsyz.scorecard.store.duplicate;

import java.time.LocalDate;

/**
 * A row of the new version that matches a row of another version.
 *
 * @param projectNo   the new row's 项目编号
 * @param rowNo       the new row's sheet row
 * @param otherPeriod the other version's period
 * @param otherVersion the other version's number
 */
public record KeyMatch(
        String matchKey,
        String projectNo,
        int rowNo,
        String nameCell,
        String projectName,
        String investor,
        LocalDate signedOn,
        long otherSubmissionId,
        String otherUnitCode,
        String otherPeriod,
        int otherVersion,
        String otherFileName,
        String otherProjectNo,
        int otherRowNo,
        String otherNameCell,
        LocalDate otherSignedOn) {}
