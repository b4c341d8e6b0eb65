package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are operations as usual (one line) and which are bugs (a stack trace in the log file). */
class FailuresTest {

    static IllegalStateException thrownByOurCode(String message) {
        return new IllegalStateException(message); // created here, in org.zsyz.scorecard: on purpose
    }

    @Test
    void aRefusalOfOurOwnCodeIsExpectedAndSaysItsReason() {
        IllegalStateException e = thrownByOurCode("没有2030年的考核单位，请先导入2030年目标任务书");

        assertThat(Failures.isExpected(e)).isTrue();
        assertThat(Failures.reason(new RuntimeException("wrapper", e))).isEqualTo("没有2030年的考核单位，请先导入2030年目标任务书");
    }

    @Test
    void aDatabaseThatIsGoneIsExpectedAndNamedAsSuch() {
        CannotCreateTransactionException e = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException(
                        "scorecard - Connection is not available, request timed out after 30000ms.\nmore"));

        assertThat(Failures.isDatabaseUnavailable(e)).isTrue();
        assertThat(Failures.isExpected(e)).isTrue();
        assertThat(Failures.reason(e))
                .isEqualTo("数据库不可用（scorecard - Connection is not available, request timed out after 30000ms.）");
    }

    @Test
    void aRefusedLoginIsNamedAsSuchNotAsAnUnavailableDatabase() {
        // What Hikari throws when MariaDB refuses the password: its own connection exception around the server's.
        CannotCreateTransactionException e = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException(
                        "scorecard - Connection is not available",
                        new java.sql.SQLException(
                                "Access denied for user 'scorecard'@'localhost' (using password: YES)",
                                "28000",
                                1045)));

        assertThat(Failures.isAccessDenied(e)).isTrue();
        assertThat(Failures.isDatabaseUnavailable(e)).isFalse();
        assertThat(Failures.isExpected(e)).isTrue();
        assertThat(Failures.reason(e))
                .startsWith("数据库拒绝了登录的用户名或密码（Access denied for user "
                        + "'scorecard'@'localhost' (using password: YES)）：请检查 spring.datasource.username")
                .doesNotContain("数据库不可用");
        // H2's wording, same SQLSTATE
        assertThat(Failures.isAccessDenied(new java.sql.SQLInvalidAuthorizationSpecException(
                        "Wrong user name or password [28000-232]", "28000", 28000)))
                .isTrue();
    }

    @Test
    void aFullDiskIsExpected() {
        assertThat(Failures.isExpected(new UncheckedIOException(new IOException("No space left on device"))))
                .isTrue();
    }

    @Test
    void whatALibraryThrowsUnexpectedlyIsABug() {
        Throwable fromTheJdk = org.assertj.core.api.Assertions.catchThrowable(() -> java.time.YearMonth.of(2025, 13));

        assertThat(Failures.isExpected(fromTheJdk)).isFalse();
        assertThat(Failures.isExpected(new NullPointerException())).isFalse();
        assertThat(Failures.isExpected(
                        new BadSqlGrammarException("select", "SELEC 1", new java.sql.SQLException("syntax"))))
                .isFalse();
        assertThat(Failures.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
