package org.zsyz.scorecard.store.returns;

/**
 * How one file a run took from the inbox ended, as stored for the run's result table.
 *
 * @param seqNo     the order the run took the files in, from 1
 * @param unitCode  {@code null} when the file could not be attributed to a unit
 * @param versionNo the version stored, or the earlier identical version; {@code null} when nothing was stored
 */
public record StoredOutcome(
        long jobExecutionId,
        int seqNo,
        String fileName,
        String sha256,
        String unitCode,
        String unitName,
        Integer versionNo,
        SubmissionStatus status,
        boolean late,
        boolean identical,
        int rowCount,
        int errorCount,
        int warningCount,
        boolean keptInInbox) {}
