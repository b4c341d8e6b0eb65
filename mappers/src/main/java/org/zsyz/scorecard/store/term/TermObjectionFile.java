package org.zsyz.scorecard.store.term;

/** A file attached to an objection, kept under the working folder. */
public record TermObjectionFile(
        long objectionId, int seqNo, String fileName, String storedPath, String sha256, long sizeBytes) {}
