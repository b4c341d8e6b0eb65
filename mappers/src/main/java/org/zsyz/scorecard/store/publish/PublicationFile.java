package org.zsyz.scorecard.store.publish;

/** One file of a publication, with the SHA-256 the manifest lists. */
public record PublicationFile(long publicationId, String fileName, String sha256, long sizeBytes) {}
