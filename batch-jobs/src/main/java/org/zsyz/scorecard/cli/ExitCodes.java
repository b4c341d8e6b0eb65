package org.zsyz.scorecard.cli;

/** What the process exit code says, for scripts and cron. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run failed (see the one-line reason on stderr); a restart resumes it. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Refused: the same run already completed, or a published period needs --revision. */
    public static final int REFUSED = 3;
    /** Busy: another process is running the same period (or targets year) right now; try again later. */
    public static final int BUSY = 4;

    private ExitCodes() {
    }
}
