package org.zsyz.scorecard.store.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs MariaDB tests when the server answers. Without one they are skipped with the reason, unless
 * SCORECARD_REQUIRE_MYSQL=true (as in CI), where an unreachable server is an error.
 */
public class MySqlAvailableCondition implements ExecutionCondition {

    private static volatile ConditionEvaluationResult cached;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = cached;
        if (result == null) {
            result = probe();
            cached = result;
        }
        return result;
    }

    /**
     * The same decision inside a test that runs on several databases: aborts (skips) it when MariaDB does not
     * answer, fails it when SCORECARD_REQUIRE_MYSQL=true.
     */
    public static void assumeReachable() {
        ConditionEvaluationResult result = new MySqlAvailableCondition().evaluateExecutionCondition(null);
        Assumptions.assumeFalse(result.isDisabled(), () -> result.getReason().orElse("MariaDB not reachable"));
    }

    private static ConditionEvaluationResult probe() {
        try (Connection ignored = TestDatabases.openMySql()) {
            return ConditionEvaluationResult.enabled("MariaDB reachable at " + TestDatabases.MYSQL_URL);
        } catch (SQLException e) {
            String reason = "MariaDB not reachable at " + TestDatabases.MYSQL_URL + " as " + TestDatabases.MYSQL_USER
                    + ": " + e.getMessage();
            if (TestDatabases.MYSQL_REQUIRED) {
                throw new IllegalStateException(reason + " (SCORECARD_REQUIRE_MYSQL=true)", e);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
