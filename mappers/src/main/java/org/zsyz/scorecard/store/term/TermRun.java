package org.zsyz.scorecard.store.term;

import java.time.LocalDateTime;

/**
 * One assessment of a term (a year {@code 2025} or a quarter {@code 2025-Q1}).
 *
 * @param termKind      YEAR or QUARTER
 * @param monthsCounted the months whose results were averaged, comma separated
 * @param monthsMissing the months without results the method allowed, or {@code null}
 * @param methodSummary the method in short, as the bulletin prints it
 */
public record TermRun(
        String term,
        String termKind,
        LocalDateTime computedAt,
        String configName,
        String configSha256,
        String monthsCounted,
        String monthsMissing,
        String methodSummary,
        Long jobExecutionId) {}
