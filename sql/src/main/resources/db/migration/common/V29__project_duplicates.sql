-- 重复项目: "one project is assessed once". project_key holds, for each ledger row of an accepted version, the
-- SHA-256 of its investor and project name normalised (full/half width, spaces, punctuation, case), so the same
-- project reported by two units, or reported as newly signed although signed in an earlier year, is found in SQL;
-- name_cell is the project name's cell in that version's own file, for the messages.
CREATE TABLE project_key (
    submission_id  BIGINT       NOT NULL,
    project_no     VARCHAR(50)  NOT NULL,
    match_key      CHAR(64)     NOT NULL,
    name_cell      VARCHAR(12),
    CONSTRAINT pk_project_key PRIMARY KEY (submission_id, project_no),
    CONSTRAINT fk_project_key_project FOREIGN KEY (submission_id, project_no)
        REFERENCES ledger_project (submission_id, project_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_project_key_match ON project_key (match_key);

-- A duplicate found at import, for the bureau to decide. kind: SAME_PERIOD (two units report it in the same
-- period; unit_a < unit_b) or SIGNED_BEFORE (unit_a reports it as signed this year, unit_b's return of an earlier
-- year had it signed before). decision: NULL (undecided), UNIT_A / UNIT_B (counts for that unit only), SPLIT
-- (half each), NEITHER. One row per period, match key and pair of units; a new version refreshes its references.
CREATE TABLE project_duplicate (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    period           CHAR(7)       NOT NULL,
    match_key        CHAR(64)      NOT NULL,
    kind             VARCHAR(15)   NOT NULL,
    unit_a           VARCHAR(20)   NOT NULL,
    submission_a     BIGINT        NOT NULL,
    project_no_a     VARCHAR(50)   NOT NULL,
    row_a            INT           NOT NULL,
    unit_b           VARCHAR(20)   NOT NULL,
    submission_b     BIGINT        NOT NULL,
    project_no_b     VARCHAR(50)   NOT NULL,
    row_b            INT           NOT NULL,
    project_name     VARCHAR(200)  NOT NULL,
    investor         VARCHAR(200)  NOT NULL,
    found_at         DATETIME      NOT NULL,
    decision         VARCHAR(10),
    decision_reason  VARCHAR(500),
    decided_by       VARCHAR(50),
    decided_at       DATETIME,
    CONSTRAINT pk_project_duplicate PRIMARY KEY (id),
    CONSTRAINT uk_project_duplicate UNIQUE (period, match_key, kind, unit_a, unit_b)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
