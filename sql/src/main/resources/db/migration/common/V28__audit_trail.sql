-- 操作记录 (audit trail): every action of the bureau and the units, append-only. Each record holds the hash of
-- the one before it (prev_hash) and its own (record_hash, over its fields and prev_hash), so a record edited or
-- deleted afterwards breaks the chain where it was. audit_head holds the last record's number and hash: appends
-- take its row lock, so records are numbered and chained one at a time, and a deleted last record shows too.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL,
    occurred_at   DATETIME      NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    actor_role    VARCHAR(10)   NOT NULL,
    origin        VARCHAR(100)  NOT NULL,
    action        VARCHAR(30)   NOT NULL,
    period        CHAR(7),
    unit_code     VARCHAR(20),
    subject       VARCHAR(300),
    detail        VARCHAR(2000),
    prev_hash     CHAR(64)      NOT NULL,
    record_hash   CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_event_period ON audit_event (period, unit_code);

CREATE TABLE audit_head (
    id         INT       NOT NULL,
    last_id    BIGINT    NOT NULL,
    last_hash  CHAR(64)  NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
