package org.zsyz.scorecard.cli;

/** What the process exit code says, for scripts and cron. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run failed (see the one-line reason on stderr); a restart resumes it. */
    public static final int FAILED = 1;
    /** The command line was wrong, or the working folder cannot be used (missing, read-only): nothing ran. */
    public static final int USAGE = 2;
    /** Refused: the same run already completed, or a published period needs --revision. */
    public static final int REFUSED = 3;
    /** Busy: another process is running the same period (or targets year) right now; try again later. */
    public static final int BUSY = 4;
    /**
     * Not published: the month has no counting return, or fewer than half as many as the month published before it.
     * Fix the cause (working folder, inbox, targets) and run the same command again, or confirm with
     * {@code --confirm-few-returns}.
     */
    public static final int FEW_RETURNS = 5;

    private ExitCodes() {}
}
