-- A published month is locked: each publication keeps the scores, ranks and figures it showed, so a 更正版 can
-- say what changed against the one it replaces, and why it was made (revision_reason).
ALTER TABLE publication ADD COLUMN revision_reason VARCHAR(1000);

CREATE TABLE publication_score (
    period        CHAR(7)         NOT NULL,
    revision      INT             NOT NULL,
    unit_code     VARCHAR(20)     NOT NULL,
    submission_id BIGINT,
    total_score   DECIMAL(12,2)   NOT NULL,
    group_rank    INT,
    CONSTRAINT pk_publication_score PRIMARY KEY (period, revision, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE publication_figure (
    period          CHAR(7)         NOT NULL,
    revision        INT             NOT NULL,
    unit_code       VARCHAR(20)     NOT NULL,
    indicator_code  VARCHAR(30)     NOT NULL,
    value_ytd       DECIMAL(24,8),
    CONSTRAINT pk_publication_figure PRIMARY KEY (period, revision, unit_code, indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
