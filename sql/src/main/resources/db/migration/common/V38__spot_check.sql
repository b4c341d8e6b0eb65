-- 抽查: the bureau's sample of a period's projects for verification. One draw per period (its seed recorded, so
-- the same seed draws the same sample again), N projects per unit from each unit's counting version; each drawn
-- project gets a result: NULL (待核查), PASSED (通过) or FRAUD (弄虚作假, points off as the method says).
CREATE TABLE spot_check_draw (
    period       CHAR(7)      NOT NULL,
    seed         BIGINT       NOT NULL,
    per_unit     INT          NOT NULL,
    drawn_by     VARCHAR(50)  NOT NULL,
    drawn_at     DATETIME     NOT NULL,
    CONSTRAINT pk_spot_check_draw PRIMARY KEY (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE spot_check (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    period         CHAR(7)       NOT NULL,
    unit_code      VARCHAR(20)   NOT NULL,
    submission_id  BIGINT        NOT NULL,
    project_no     VARCHAR(50)   NOT NULL,
    project_name   VARCHAR(200)  NOT NULL,
    result         VARCHAR(6),
    note           VARCHAR(500),
    recorded_by    VARCHAR(50),
    recorded_at    DATETIME,
    CONSTRAINT pk_spot_check PRIMARY KEY (id),
    CONSTRAINT uk_spot_check UNIQUE (period, unit_code, project_no),
    CONSTRAINT fk_spot_check_draw FOREIGN KEY (period) REFERENCES spot_check_draw (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
