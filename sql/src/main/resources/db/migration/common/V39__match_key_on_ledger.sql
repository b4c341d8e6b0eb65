-- 重复项目 keys move onto the ledger row they key (issue 18's speed check): the key is written with the row, in the
-- same LOAD DATA or insert, instead of a second table written row by row after reading the ledger back, which had
-- doubled the nation month's import. return_submission.name_column is the 项目名称 column of that version's own
-- file (e.g. "C"); a project's cell is that column and its row_no. Existing keys and cells are carried over.
ALTER TABLE ledger_project ADD COLUMN match_key CHAR(64) NULL;
ALTER TABLE return_submission ADD COLUMN name_column VARCHAR(3) NULL;

UPDATE ledger_project SET match_key = (
    SELECT k.match_key FROM project_key k
    WHERE k.submission_id = ledger_project.submission_id AND k.project_no = ledger_project.project_no)
WHERE submission_id IN (SELECT DISTINCT submission_id FROM project_key);

UPDATE return_submission SET name_column = (
    SELECT MIN(REGEXP_REPLACE(k.name_cell, '[0-9]+', '')) FROM project_key k WHERE k.submission_id = return_submission.id)
WHERE id IN (SELECT DISTINCT submission_id FROM project_key);

DROP TABLE project_key;
