package org.zsyz.scorecard.store.targets;

import java.time.LocalDateTime;

/** The record of one targets workbook imported for a year. */
public record TargetImport(
        Long id,
        int assessYear,
        String fileName,
        String sha256,
        LocalDateTime importedAt,
        int unitCount,
        int targetCount) {}
