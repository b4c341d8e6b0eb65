-- The key's index (V39) on its first 16 hex digits: 64 bits tell apart the keys of a whole country's ledgers, and
-- the index stays a quarter of the full key's size, so the nation month's 880,000 random inserts stay in memory.
-- H2 indexes the whole key (h2/V39_1); the queries compare whole keys either way.
CREATE INDEX ix_ledger_project_match ON ledger_project (match_key(16));
