package org.zsyz.scorecard.store.duplicate;

/** Which return version and cell each side of a listed duplicate comes from, for the bureau's board. */
public record DuplicateReturns(long duplicateId, int versionA, String cellA, int versionB, String cellB) {}
