-- 年度考核 and 季度考核 (issue 19). A term is a year ('2025') or a quarter ('2025-Q1'); its result is built from
-- the months' stored results (indicator_result, unit_score), the bureau's 核定 figures and 年终加减分.

-- One assessment of a term; assessing again replaces the term's rows (before it is final).
CREATE TABLE term_run (
    term              VARCHAR(7)    NOT NULL,
    term_kind         VARCHAR(8)    NOT NULL,
    computed_at       DATETIME      NOT NULL,
    config_name       VARCHAR(100)  NOT NULL,
    config_sha256     CHAR(64)      NOT NULL,
    months_counted    VARCHAR(100)  NOT NULL,
    months_missing    VARCHAR(100),
    method_summary    VARCHAR(1000) NOT NULL,
    job_execution_id  BIGINT,
    CONSTRAINT pk_term_run PRIMARY KEY (term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A unit's result for the term: 平时 (average of the months' totals), 年终 (the term-end figures' score),
-- 加减分, total, grade, rank in the group, consecutive terms ranked first (连冠) and the award.
CREATE TABLE term_unit_result (
    term              VARCHAR(7)     NOT NULL,
    unit_code         VARCHAR(20)    NOT NULL,
    unit_name         VARCHAR(100)   NOT NULL,
    group_name        VARCHAR(40)    NOT NULL,
    ranked            BOOLEAN        NOT NULL,
    months_counted    INT            NOT NULL,
    monthly_average   DECIMAL(32,16),
    term_end_score    DECIMAL(32,16) NOT NULL,
    adjustment_total  DECIMAL(12,4)  NOT NULL,
    total_score       DECIMAL(12,2)  NOT NULL,
    grade             VARCHAR(6)     NOT NULL,
    group_rank        INT,
    group_size        INT            NOT NULL,
    first_streak      INT            NOT NULL,
    award             VARCHAR(100),
    score_formula     VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_term_unit_result PRIMARY KEY (term, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_term_unit_result_unit ON term_unit_result (unit_code, term);

-- The term-end figures of a unit: the last month's YTD figures, or the bureau's 核定 figure (verified = true).
CREATE TABLE term_indicator_result (
    term              VARCHAR(7)     NOT NULL,
    unit_code         VARCHAR(20)    NOT NULL,
    indicator_code    VARCHAR(12)    NOT NULL,
    value_ytd         DECIMAL(24,8),
    target_value      DECIMAL(24,8),
    completion_rate   DECIMAL(32,16),
    verified          BOOLEAN        NOT NULL,
    weight            DECIMAL(12,4),
    score             DECIMAL(32,16),
    CONSTRAINT pk_term_indicator_result PRIMARY KEY (term, unit_code, indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 年终加减分 the bureau entered, each with its reason (领导评价, 工作创新, 约谈, 通报批评 …).
CREATE TABLE term_adjustment (
    term              VARCHAR(7)     NOT NULL,
    unit_code         VARCHAR(20)    NOT NULL,
    seq_no            INT            NOT NULL,
    points            DECIMAL(12,4)  NOT NULL,
    reason            VARCHAR(300)   NOT NULL,
    CONSTRAINT pk_term_adjustment PRIMARY KEY (term, unit_code, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every publication of a term: 公示稿 (NOTICE, with its objection deadline), 正式 (FINAL), 更正版 (CORRECTED,
-- with its reason). Once FINAL, the result changes only by a CORRECTED publication.
CREATE TABLE term_publication (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    term                VARCHAR(7)    NOT NULL,
    revision            INT           NOT NULL,
    stage               VARCHAR(10)   NOT NULL,
    published_at        DATETIME      NOT NULL,
    folder              VARCHAR(500)  NOT NULL,
    manifest_sha256     CHAR(64)      NOT NULL,
    file_count          INT           NOT NULL,
    objection_deadline  DATE,
    reason              VARCHAR(500),
    job_execution_id    BIGINT,
    CONSTRAINT pk_term_publication PRIMARY KEY (id),
    CONSTRAINT uk_term_publication_revision UNIQUE (term, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 异议 a unit filed against a term's 公示稿, and the bureau's answer (ACCEPTED / REJECTED, with its reason).
CREATE TABLE term_objection (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    term          VARCHAR(7)    NOT NULL,
    unit_code     VARCHAR(20)   NOT NULL,
    filed_at      DATETIME      NOT NULL,
    filed_by      VARCHAR(50)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    answer        VARCHAR(1000),
    answered_at   DATETIME,
    answered_by   VARCHAR(50),
    CONSTRAINT pk_term_objection PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_term_objection_unit ON term_objection (term, unit_code);

CREATE TABLE term_objection_file (
    objection_id  BIGINT        NOT NULL,
    seq_no        INT           NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    stored_path   VARCHAR(500)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    CONSTRAINT pk_term_objection_file PRIMARY KEY (objection_id, seq_no),
    CONSTRAINT fk_term_objection_file FOREIGN KEY (objection_id) REFERENCES term_objection (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
