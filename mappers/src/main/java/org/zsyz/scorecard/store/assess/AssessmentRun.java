package org.zsyz.scorecard.store.assess;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Which configuration produced a period's results, and when.
 *
 * @param configName   the method's name as its file gives it
 * @param configSha256 SHA-256 of the file's text (UTF-8): {@code sha256sum} of the file gives the same
 * @param configSource the file it was read from, or a note that the defaults applied
 * @param configText   the file's full text, so the results can be explained after the file has changed
 */
public record AssessmentRun(
        YearMonth period,
        LocalDateTime computedAt,
        String configName,
        String configSha256,
        Long jobExecutionId,
        String configSource,
        String configText) {}
