-- A unit's history across months (the scorecard's trend: its ranks, scores and 外来投资 completion since
-- January) is read unit by unit. The primary keys start with the period, so without these indexes each of
-- those reads scanned every unit's rows of every month in the range: at nation scale 2,850 scans of up to
-- 342,000 indicator rows each.
CREATE INDEX ix_indicator_result_unit ON indicator_result (unit_code, indicator_code, period);
CREATE INDEX ix_unit_score_unit ON unit_score (unit_code, period);
