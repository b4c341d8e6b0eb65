package org.zsyz.scorecard.store.returns;

/**
 * An error or warning found in a submitted file, worded for the unit.
 *
 * @param severity ERROR or WARNING
 */
public record SubmissionIssue(
        long submissionId,
        int seqNo,
        String severity,
        String sheetName,
        String cellRef,
        String fieldName,
        String foundValue,
        String message) {}
