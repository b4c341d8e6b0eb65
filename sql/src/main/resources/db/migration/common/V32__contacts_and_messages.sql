-- Who hears from the system (issue 21): the units' and the bureau's contacts, and every message sent to them.

-- A contact: an e-mail address or a robot webhook of a unit (owner = its unit code) or of the bureau
-- (owner '@office': the assessment office; '@it': IT, alerted when a run fails). channel: EMAIL, DINGTALK, WECOM.
-- secret: a 钉钉 robot's signing secret (加签), NULL when the robot has none.
CREATE TABLE unit_contact (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    owner       VARCHAR(20)  NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    address     VARCHAR(500) NOT NULL,
    secret      VARCHAR(200),
    created_at  DATETIME     NOT NULL,
    CONSTRAINT pk_unit_contact PRIMARY KEY (id),
    CONSTRAINT uk_unit_contact_address UNIQUE (owner, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A message to one contact, queued by the run or command that decided it and sent afterwards, with retries.
-- message_key is unique: the same reminder (kind, period, owner, day, recipient) is queued once, however many
-- commands or instances decide it at the same time. status: PENDING, SENDING (claimed until next_attempt_at),
-- SENT, FAILED (no attempts left; last_error says why). The recipient and secret are copied from the contact, so
-- the record says to whom it went even after the contact changes.
CREATE TABLE outbound_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    message_key      VARCHAR(200)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    period           CHAR(7),
    owner            VARCHAR(20)   NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    recipient        VARCHAR(500)  NOT NULL,
    secret           VARCHAR(200),
    subject          VARCHAR(300)  NOT NULL,
    body             MEDIUMTEXT    NOT NULL,
    attachment       VARCHAR(500),
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME      NOT NULL,
    next_attempt_at  DATETIME      NOT NULL,
    sent_at          DATETIME,
    CONSTRAINT pk_outbound_message PRIMARY KEY (id),
    CONSTRAINT uk_outbound_message_key UNIQUE (message_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_outbound_message_due ON outbound_message (status, next_attempt_at);
CREATE INDEX ix_outbound_message_period ON outbound_message (period, kind);
