-- The key's index (V39); MariaDB/MySQL index a prefix of it instead (mysql/V39_1).
CREATE INDEX ix_ledger_project_match ON ledger_project (match_key);
