-- How each file a run took from the inbox ended: the lines of the command's per-file result table, read back by
-- the run's job execution so that runs at the same time, or one after another in a long-lived process, never
-- see each other's files. Written once the file's outcome is committed and the file filed, also for files that
-- stored nothing (unreadable, no unit recognised, kept in the inbox until the year's targets are imported).
CREATE TABLE import_outcome (
    job_execution_id  BIGINT        NOT NULL,
    seq_no            INT           NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    unit_code         VARCHAR(20),
    unit_name         VARCHAR(100),
    version_no        INT,
    status            VARCHAR(10)   NOT NULL,
    late              BOOLEAN       NOT NULL,
    identical         BOOLEAN       NOT NULL,
    row_count         INT           NOT NULL,
    error_count       INT           NOT NULL,
    warning_count     INT           NOT NULL,
    kept_in_inbox     BOOLEAN       NOT NULL,
    CONSTRAINT pk_import_outcome PRIMARY KEY (job_execution_id, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The first errors of a rejected file, as the result table shows them (all of them stay in its error workbook).
CREATE TABLE import_outcome_issue (
    job_execution_id  BIGINT        NOT NULL,
    outcome_seq_no    INT           NOT NULL,
    seq_no            INT           NOT NULL,
    severity          VARCHAR(7)    NOT NULL,
    sheet_name        VARCHAR(100),
    cell_ref          VARCHAR(20),
    field_name        VARCHAR(200),
    found_value       VARCHAR(1000),
    message           VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_import_outcome_issue PRIMARY KEY (job_execution_id, outcome_seq_no, seq_no),
    CONSTRAINT fk_import_outcome_issue_outcome FOREIGN KEY (job_execution_id, outcome_seq_no)
        REFERENCES import_outcome (job_execution_id, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
