package org.zsyz.scorecard.store.returns;

/**
 * One of the errors a run's result table shows for a rejected file.
 *
 * @param severity ERROR or WARNING
 */
public record StoredOutcomeIssue(
        long jobExecutionId,
        int outcomeSeqNo,
        int seqNo,
        String severity,
        String sheetName,
        String cellRef,
        String fieldName,
        String foundValue,
        String message) {}
