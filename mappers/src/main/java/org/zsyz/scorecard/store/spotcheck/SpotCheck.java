package org.zsyz.scorecard.store.spotcheck;

import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.SpotCheckResult;

/** A project drawn for 抽查 and its result ({@code null} = 待核查). */
public record SpotCheck(
        Long id,
        String period,
        String unitCode,
        long submissionId,
        String projectNo,
        String projectName,
        SpotCheckResult result,
        String note,
        String recordedBy,
        LocalDateTime recordedAt) {}
