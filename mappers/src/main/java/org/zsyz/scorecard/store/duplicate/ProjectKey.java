package org.zsyz.scorecard.store.duplicate;

/** A ledger row's match key (the SHA-256 of its normalised investor and project name) and its name's cell. */
public record ProjectKey(long submissionId, String projectNo, String matchKey, String nameCell) {}
