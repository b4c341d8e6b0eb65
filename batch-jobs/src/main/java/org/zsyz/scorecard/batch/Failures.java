package org.zsyz.scorecard.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells expected failures (a bad input, a missing prerequisite, the database or the disk going away) from
 * bugs, and finds the one line that says what went wrong. Expected failures are reported as that line;
 * only bugs deserve a stack trace (in the log file).
 */
public final class Failures {

    private static final String OWN_PACKAGE = "org.zsyz.scorecard.";

    private Failures() {}

    /**
     * The one-line reason: the deepest message that says something, with the database named when it is gone or
     * refused the login.
     */
    public static String reason(Throwable e) {
        String diskFull = DiskFull.describe(e);
        if (diskFull != null) {
            return diskFull;
        }
        String reason = deepestMessage(e);
        if (isAccessDenied(e)) {
            return "数据库拒绝了登录的用户名或密码（" + reason + "）：请检查 spring.datasource.username 和 "
                    + "spring.datasource.password（mysql 配置下为 SCORECARD_MYSQL_USER 和 SCORECARD_MYSQL_PASSWORD）";
        }
        if (isDatabaseUnavailable(e)) {
            return "数据库不可用（" + reason + "）";
        }
        return reason;
    }

    private static String deepestMessage(Throwable e) {
        String reason = e.getMessage();
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        if (reason == null || reason.isBlank()) {
            reason = e.getClass().getSimpleName();
        }
        int nl = reason.indexOf('\n');
        return (nl < 0 ? reason : reason.substring(0, nl)).strip();
    }

    /**
     * The database answered but refused the user or password (SQLSTATE 28000: MySQL/MariaDB error 1045, H2's
     * "Wrong user name or password"), or the user's access to the database (MySQL error 1044). Waiting does not
     * help, so it is not an unavailable database, although the pool reports it as a connection it could not get.
     */
    public static boolean isAccessDenied(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof java.sql.SQLInvalidAuthorizationSpecException
                    || (t instanceof java.sql.SQLException sql
                            && ("28000".equals(sql.getSQLState())
                                    || sql.getErrorCode() == 1045
                                    || sql.getErrorCode() == 1044))) {
                return true;
            }
        }
        return false;
    }

    /** The database could not be reached or stopped answering (down, network cut, timeouts). */
    public static boolean isDatabaseUnavailable(Throwable e) {
        if (isAccessDenied(e)) {
            return false;
        }
        for (Throwable t : chain(e)) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || (t instanceof TransactionSystemException && t.getCause() instanceof java.sql.SQLException)
                    || t.getClass().getName().endsWith(".CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Expected: the system's own refusals and checks (exceptions of this project, or thrown by its code on
     * purpose), an unavailable database, input/output errors such as a full disk, and a run asked to stop.
     * Anything else is a bug.
     */
    public static boolean isExpected(Throwable e) {
        if (isDatabaseUnavailable(e) || isAccessDenied(e)) {
            return true;
        }
        for (Throwable t : chain(e)) {
            if (t.getClass().getName().startsWith(OWN_PACKAGE)
                    || t instanceof IOException
                    || t instanceof UncheckedIOException
                    || t instanceof JobInterruptedException) {
                return true;
            }
            if ((t instanceof IllegalStateException || t instanceof IllegalArgumentException)
                    && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith(OWN_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Whether a reason says something in Chinese: one written for people, not a Java message. */
    public static boolean saysInChinese(String reason) {
        return reason != null && HAN.matcher(reason).find();
    }

    /** The first exception in the cause chain of {@code e} that is a {@code type}, or null. */
    public static <T> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t : chain(e)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static List<Throwable> chain(Throwable e) {
        java.util.ArrayList<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
