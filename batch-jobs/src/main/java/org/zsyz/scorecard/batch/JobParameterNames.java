package org.zsyz.scorecard.batch;

import org.springframework.batch.core.job.parameters.JobParameters;

/** The parameters the jobs take; {@code period}, {@code year} and the fingerprints identify a run. */
public final class JobParameterNames {

    /** YYYY-MM, identifying: one monthly run per period (and revision). */
    public static final String PERIOD = "period";
    /** Identifying for importTargets. */
    public static final String YEAR = "year";
    /** Identifying: 0 for the first publication of a period, 1.. for each 更正版. */
    public static final String REVISION = "revision";
    /** Identifying for importReturns: what was in the inbox, so an unchanged inbox is not imported twice. */
    public static final String INBOX_FINGERPRINT = "inboxFingerprint";
    /** Identifying for assess: the inputs assessed, so new returns make a new assessment. */
    public static final String INPUTS_FINGERPRINT = "inputsFingerprint";
    /** Identifying for importTargets: SHA-256 of the workbook. */
    public static final String FILE_SHA256 = "fileSha256";
    /** Non-identifying: the inbox folder, when not the default {@code inbox/<period>/}. */
    public static final String INBOX = "inbox";
    /** Non-identifying: the targets workbook to import. */
    public static final String FILE = "file";
    /** Non-identifying: the date printed on the documents, fixed at the first launch so a restart prints the same. */
    public static final String PUBLISHED_ON = "publishedOn";

    /** Identifying for annual and quarterly: the term, {@code 2025} or {@code 2025-Q1}. */
    public static final String TERM = "term";
    /** Non-identifying for annual and quarterly: NOTICE (公示稿), FINAL (正式) or CORRECTED (更正版). */
    public static final String STAGE = "stage";
    /** Non-identifying: why a 更正版 was published. */
    public static final String REASON = "reason";

    /** The lock a run takes: its period, else its targets year, else the job itself. */
    public static String lockNameOf(String jobName, JobParameters parameters) {
        String period = parameters.getString(JobParameterNames.PERIOD);
        if (period != null) {
            return "period:" + period;
        }
        String term = parameters.getString(JobParameterNames.TERM);
        if (term != null) {
            return "term:" + term;
        }
        String year = parameters.getString(JobParameterNames.YEAR);
        return year != null ? "year:" + year : "job:" + jobName;
    }

    private JobParameterNames() {}
}
