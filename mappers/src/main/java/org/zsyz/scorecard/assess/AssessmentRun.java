package org.zsyz.scorecard.assess;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** Which configuration produced a period's results, and when. */
public record AssessmentRun(YearMonth period, LocalDateTime computedAt, String configName, String configSha256,
        Long jobExecutionId) {
}
