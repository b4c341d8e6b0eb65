package org.zsyz.scorecard.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** A file as a download with its Chinese name intact (RFC 6266/5987). */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<Resource> of(Path file, String name) {
        if (file == null) {
            throw notFound();
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        MediaType type = lower.endsWith(".pdf")
                ? MediaType.APPLICATION_PDF
                : lower.endsWith(".xlsx")
                        ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : lower.endsWith(".xls")
                                ? MediaType.parseMediaType("application/vnd.ms-excel")
                                : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type)
                .body(new FileSystemResource(file));
    }

    /** 404 for whatever a user may not see, so that another unit's ids look exactly like ids that do not exist. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The file name without its extension. */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
