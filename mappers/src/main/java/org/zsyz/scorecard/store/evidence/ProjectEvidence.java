package org.zsyz.scorecard.store.evidence;

import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.EvidenceType;

/**
 * A 佐证材料 file attached to a unit's project; the content is stored by {@code sha256} under the working folder.
 *
 * @param fileName the client's file name as shown (made harmless), never used to store the file
 */
public record ProjectEvidence(
        Long id,
        String unitCode,
        String projectNo,
        String period,
        long submissionId,
        EvidenceType fileType,
        String fileName,
        String sha256,
        long sizeBytes,
        String uploadedBy,
        LocalDateTime uploadedAt) {}
