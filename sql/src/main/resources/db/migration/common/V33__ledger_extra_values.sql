-- Issue 18: the extra 项目台账 columns a format-2 method declares (ledger_columns:, docs/method.md), one text per
-- ledger row (CODE␟value␞CODE␟value, see ExtraValues). NULL for every row read under a method that declares none,
-- so the default method's import and assessment do no extra work. A nullable column added at the end: instant on
-- MariaDB, no rewrite of the existing rows.
ALTER TABLE ledger_project ADD COLUMN extra_values VARCHAR(2000) NULL;
