package org.zsyz.scorecard.store.progress;

/** Return files recorded and ledger rows accepted, for the progress of an import. */
public record ImportTally(long files, long ledgerRows) {}
