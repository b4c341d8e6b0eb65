-- What produced an assessment and how each score was reached (issue 4: explainable, reproducible results).

-- The assessment method's file: where it came from and its full text, so a period's results can be
-- explained and re-checked later even after the file has changed (config_sha256 is the text's SHA-256).
ALTER TABLE assessment_run ADD COLUMN config_source VARCHAR(500);
ALTER TABLE assessment_run ADD COLUMN config_text MEDIUMTEXT;

-- The inputs of each score beside the figures already stored: the method, the rate's benchmark, the
-- weight before sharing out missing indicators, and the share of the weight earned (score = weight × share).
ALTER TABLE indicator_result ADD COLUMN scoring_method VARCHAR(10);
ALTER TABLE indicator_result ADD COLUMN benchmark DECIMAL(12,8);
ALTER TABLE indicator_result ADD COLUMN base_weight DECIMAL(12,4);
ALTER TABLE indicator_result ADD COLUMN score_share DECIMAL(32,16);
ALTER TABLE indicator_result MODIFY COLUMN formula VARCHAR(1000);

-- figures_period: the period of the return whose figures are shown (an earlier one for a 未报送 unit,
-- NULL when there was nothing to carry); received_at: when the counting return arrived;
-- score_formula: the total's arithmetic (sum of the indicator scores, 加分, 扣分).
ALTER TABLE unit_score ADD COLUMN figures_period CHAR(7);
ALTER TABLE unit_score ADD COLUMN received_at DATETIME;
ALTER TABLE unit_score ADD COLUMN score_formula VARCHAR(1000);

ALTER TABLE score_adjustment MODIFY COLUMN reason VARCHAR(500) NOT NULL;
ALTER TABLE assessment_warning MODIFY COLUMN message VARCHAR(500) NOT NULL;
