-- 认定: the bureau's verdict on a project of a unit's return. kind EXCLUDE (不予认定) or REDUCE (核减 amount 亿元
-- from the ledger amount amount_field). It holds from from_period on, up to but not including until_period
-- (set by an undo; NULL = still in force). Rows are never deleted, so what held when stays readable.
CREATE TABLE project_review (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    unit_code      VARCHAR(20)    NOT NULL,
    project_no     VARCHAR(50)    NOT NULL,
    project_name   VARCHAR(200)   NOT NULL,
    from_period    CHAR(7)        NOT NULL,
    until_period   CHAR(7),
    kind           VARCHAR(10)    NOT NULL,
    amount_field   VARCHAR(30),
    amount         DECIMAL(20,8),
    reason         VARCHAR(500)   NOT NULL,
    decided_by     VARCHAR(60)    NOT NULL,
    decided_at     DATETIME       NOT NULL,
    undo_reason    VARCHAR(500),
    undone_by      VARCHAR(60),
    undone_at      DATETIME,
    CONSTRAINT pk_project_review PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_project_review_unit ON project_review (unit_code, from_period);

-- 核减 as an assessment applied it: per period and unit, every project left out or counted for less, by whom
-- (source BUREAU = a 认定, METHOD = the method's exclusions, DUPLICATE = a duplicate decision) and why. Replaced
-- with the period's other results.
CREATE TABLE assessed_exclusion (
    period        CHAR(7)        NOT NULL,
    unit_code     VARCHAR(20)    NOT NULL,
    seq_no        INT            NOT NULL,
    project_no    VARCHAR(50)    NOT NULL,
    project_name  VARCHAR(200)   NOT NULL,
    source        VARCHAR(10)    NOT NULL,
    effect        VARCHAR(100)   NOT NULL,
    reason        VARCHAR(500)   NOT NULL,
    CONSTRAINT pk_assessed_exclusion PRIMARY KEY (period, unit_code, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
