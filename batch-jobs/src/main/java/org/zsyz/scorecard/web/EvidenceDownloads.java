package org.zsyz.scorecard.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zsyz.scorecard.store.evidence.ProjectEvidence;
import org.zsyz.scorecard.verification.EvidenceService;

/** A 佐证材料 file as a download: its stored content, under the name it was uploaded with, typed by its content. */
final class EvidenceDownloads {

    private EvidenceDownloads() {}

    static ResponseEntity<Resource> of(EvidenceService service, ProjectEvidence e) {
        java.nio.file.Path file = e == null ? null : service.content(e);
        if (file == null) {
            throw Downloads.notFound();
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(e.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(e.fileType().mediaType()))
                .body(new FileSystemResource(file));
    }
}
