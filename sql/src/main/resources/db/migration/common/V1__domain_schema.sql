-- The domain schema, written once for H2 (MySQL mode) and MySQL/MariaDB.
-- Money is stored in 亿元 (万元 inputs are normalised on import), 实际利用外资 in 万美元;
-- DECIMAL(24,8) keeps 万元 figures with 4 decimals exact after the ÷10000.
-- Rates are stored as plain ratios (1.148232 = 114.8232%), gaps in percentage points, both with 16
-- decimals so that display rounding (HALF_UP, 2 decimals) is as if from full precision.

-- 考核组别 per year, in the order the targets workbook lists them.
CREATE TABLE assessment_group (
    assess_year   INT          NOT NULL,
    group_name    VARCHAR(40)  NOT NULL,
    display_order INT          NOT NULL,
    CONSTRAINT pk_assessment_group PRIMARY KEY (assess_year, group_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 考核单位 per year (a unit may change name or group between years).
CREATE TABLE assessed_unit (
    assess_year   INT          NOT NULL,
    unit_code     VARCHAR(20)  NOT NULL,
    unit_name     VARCHAR(100) NOT NULL,
    group_name    VARCHAR(40)  NOT NULL,
    ranked        BOOLEAN      NOT NULL,
    display_order INT          NOT NULL,
    CONSTRAINT pk_assessed_unit PRIMARY KEY (assess_year, unit_code),
    CONSTRAINT fk_assessed_unit_group FOREIGN KEY (assess_year, group_name)
        REFERENCES assessment_group (assess_year, group_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 年度目标: one row per unit and indicator that has a target; no row = no target set.
CREATE TABLE annual_target (
    assess_year    INT           NOT NULL,
    unit_code      VARCHAR(20)   NOT NULL,
    indicator_code VARCHAR(12)   NOT NULL,
    target_value   DECIMAL(24,8) NOT NULL,
    CONSTRAINT pk_annual_target PRIMARY KEY (assess_year, unit_code, indicator_code),
    CONSTRAINT fk_annual_target_unit FOREIGN KEY (assess_year, unit_code)
        REFERENCES assessed_unit (assess_year, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 序时进度: cumulative share of the year's target due by the end of each month (0.25 = 25%).
CREATE TABLE schedule_progress (
    assess_year   INT           NOT NULL,
    month_no      INT           NOT NULL,
    progress      DECIMAL(12,8) NOT NULL,
    CONSTRAINT pk_schedule_progress PRIMARY KEY (assess_year, month_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every targets workbook imported, so a replacement of a year's targets is on record.
CREATE TABLE target_import (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    assess_year   INT          NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    imported_at   DATETIME     NOT NULL,
    unit_count    INT          NOT NULL,
    target_count  INT          NOT NULL,
    CONSTRAINT pk_target_import PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every return version a unit submitted for a period, accepted or not.
-- status: ACCEPTED, REJECTED (bad file) or RETURNED (sent back by the bureau).
CREATE TABLE return_submission (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code      VARCHAR(20)  NOT NULL,
    period         CHAR(7)      NOT NULL,
    version_no     INT          NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    submitted_at   DATETIME     NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    late           BOOLEAN      NOT NULL,
    row_count      INT          NOT NULL,
    error_count    INT          NOT NULL,
    warning_count  INT          NOT NULL,
    reporter       VARCHAR(50),
    phone          VARCHAR(30),
    source         VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_return_submission PRIMARY KEY (id),
    CONSTRAINT uk_return_submission_version UNIQUE (unit_code, period, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_return_submission_period ON return_submission (period, status);
CREATE INDEX ix_return_submission_sha ON return_submission (unit_code, period, sha256);

-- 项目台账: the ledger rows of one accepted return version.
CREATE TABLE ledger_project (
    submission_id           BIGINT        NOT NULL,
    project_no              VARCHAR(50)   NOT NULL,
    row_no                  INT           NOT NULL,
    project_name            VARCHAR(200)  NOT NULL,
    investor                VARCHAR(200)  NOT NULL,
    investor_source         VARCHAR(10)   NOT NULL,
    industry                VARCHAR(20)   NOT NULL,
    project_status          VARCHAR(10)   NOT NULL,
    signed_on               DATE,
    contract_amount         DECIMAL(24,8),
    started_on              DATE,
    funds_total             DECIMAL(24,8),
    funds_this_year         DECIMAL(24,8),
    foreign_funds_this_year DECIMAL(24,8),
    fulfilled               BOOLEAN       NOT NULL,
    fortune500              BOOLEAN       NOT NULL,
    remark                  VARCHAR(500),
    CONSTRAINT pk_ledger_project PRIMARY KEY (submission_id, project_no),
    CONSTRAINT fk_ledger_project_submission FOREIGN KEY (submission_id)
        REFERENCES return_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 工作指标 of one accepted return version (YTD counts).
CREATE TABLE activity_figure (
    submission_id      BIGINT NOT NULL,
    trips              INT,
    leader_trips       INT,
    companies_visited  INT,
    visitors_received  INT,
    CONSTRAINT pk_activity_figure PRIMARY KEY (submission_id),
    CONSTRAINT fk_activity_figure_submission FOREIGN KEY (submission_id)
        REFERENCES return_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Errors and warnings found in a submitted file, in the words the unit sees.
CREATE TABLE submission_issue (
    submission_id  BIGINT        NOT NULL,
    seq_no         INT           NOT NULL,
    severity       VARCHAR(7)    NOT NULL,
    sheet_name     VARCHAR(40),
    cell_ref       VARCHAR(12),
    field_name     VARCHAR(40),
    found_value    VARCHAR(200),
    message        VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_submission_issue PRIMARY KEY (submission_id, seq_no),
    CONSTRAINT fk_submission_issue_submission FOREIGN KEY (submission_id)
        REFERENCES return_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One assessment of a period; re-assessing replaces the period's results.
CREATE TABLE assessment_run (
    period            CHAR(7)      NOT NULL,
    computed_at       DATETIME     NOT NULL,
    config_name       VARCHAR(100) NOT NULL,
    config_sha256     CHAR(64)     NOT NULL,
    job_execution_id  BIGINT,
    CONSTRAINT pk_assessment_run PRIMARY KEY (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per unit, period and indicator (I1..I7) or rate (R_FULFIL, R_START, R_FUNDS).
-- value_ytd: the YTD figure or the rate; numerator/denominator: the rate's parts.
-- formula: how the score was reached, in words a scorecard can show.
CREATE TABLE indicator_result (
    period              CHAR(7)       NOT NULL,
    unit_code           VARCHAR(20)   NOT NULL,
    indicator_code      VARCHAR(12)   NOT NULL,
    value_ytd           DECIMAL(24,8),
    numerator           DECIMAL(24,8),
    denominator         DECIMAL(24,8),
    target_value        DECIMAL(24,8),
    progress            DECIMAL(12,8),
    schedule_target     DECIMAL(24,8),
    completion_rate     DECIMAL(32,16),
    schedule_gap        DECIMAL(32,16),
    last_year_ytd       DECIMAL(24,8),
    yoy_rate            DECIMAL(32,16),
    weight              DECIMAL(12,4),
    score               DECIMAL(32,16),
    indicator_rank      INT,
    colour_band         VARCHAR(12),
    formula             VARCHAR(500),
    CONSTRAINT pk_indicator_result PRIMARY KEY (period, unit_code, indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The unit's total for the period and its place in the group.
-- report_status: REPORTED, LATE or MISSING (未报送, figures carried from last month).
CREATE TABLE unit_score (
    period          CHAR(7)       NOT NULL,
    unit_code       VARCHAR(20)   NOT NULL,
    unit_name       VARCHAR(100)  NOT NULL,
    group_name      VARCHAR(40)   NOT NULL,
    ranked          BOOLEAN       NOT NULL,
    submission_id   BIGINT,
    report_status   VARCHAR(10)   NOT NULL,
    base_score      DECIMAL(32,16) NOT NULL,
    bonus           DECIMAL(32,16) NOT NULL,
    deduction       DECIMAL(32,16) NOT NULL,
    total_score     DECIMAL(12,2)  NOT NULL,
    grade           VARCHAR(6)    NOT NULL,
    group_rank      INT,
    group_size      INT           NOT NULL,
    previous_rank   INT,
    rank_change     VARCHAR(6),
    first_streak    INT           NOT NULL,
    list_mark       VARCHAR(5),
    CONSTRAINT pk_unit_score PRIMARY KEY (period, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_unit_score_group ON unit_score (period, group_name, group_rank);

-- 加分 and 扣分 items behind a unit's total.
CREATE TABLE score_adjustment (
    period        CHAR(7)       NOT NULL,
    unit_code     VARCHAR(20)   NOT NULL,
    seq_no        INT           NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    points        DECIMAL(12,4) NOT NULL,
    project_no    VARCHAR(50),
    reason        VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_score_adjustment PRIMARY KEY (period, unit_code, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 预警 for a unit and period.
CREATE TABLE assessment_warning (
    period          CHAR(7)       NOT NULL,
    unit_code       VARCHAR(20)   NOT NULL,
    seq_no          INT           NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    indicator_code  VARCHAR(12),
    project_no      VARCHAR(50),
    message         VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_assessment_warning PRIMARY KEY (period, unit_code, seq_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every set of outputs published for a period; revision 0 is the first, 1.. are 更正版.
CREATE TABLE publication (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    period            CHAR(7)      NOT NULL,
    revision          INT          NOT NULL,
    published_at      DATETIME     NOT NULL,
    folder            VARCHAR(500) NOT NULL,
    manifest_sha256   CHAR(64)     NOT NULL,
    file_count        INT          NOT NULL,
    job_execution_id  BIGINT,
    CONSTRAINT pk_publication PRIMARY KEY (id),
    CONSTRAINT uk_publication_revision UNIQUE (period, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE publication_file (
    publication_id  BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    CONSTRAINT pk_publication_file PRIMARY KEY (publication_id, file_name),
    CONSTRAINT fk_publication_file_publication FOREIGN KEY (publication_id)
        REFERENCES publication (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
