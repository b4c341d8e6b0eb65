package org.zsyz.scorecard.store.audit;

/** The audit chain's last record: its number and hash (0 and 64 zeros before the first). */
public record AuditHead(long lastId, String lastHash) {}
