-- The web portal (网上报送): accounts, the files uploaded through it, and the bureau's send-backs (退回).

-- A login. role BUREAU sees everything; role COUNTY is bound to one unit (unit_code) and sees only its own.
-- password_hash is Spring Security's DelegatingPasswordEncoder format ({bcrypt}$2a$...), never the password.
-- failed_attempts / locked_until: login throttling that holds across restarts (reset by a good login).
CREATE TABLE portal_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    username         VARCHAR(50)  NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    role             VARCHAR(10)  NOT NULL,
    unit_code        VARCHAR(20),
    enabled          BOOLEAN      NOT NULL,
    failed_attempts  INT          NOT NULL,
    locked_until     DATETIME,
    created_at       DATETIME     NOT NULL,
    CONSTRAINT pk_portal_account PRIMARY KEY (id),
    CONSTRAINT uk_portal_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A return version that came in through the portal: where its file is kept (relative to the working folder,
-- a generated name, never the client's path) and its error workbook, if it was rejected.
CREATE TABLE portal_upload (
    submission_id   BIGINT       NOT NULL,
    stored_file     VARCHAR(300) NOT NULL,
    error_workbook  VARCHAR(300),
    uploaded_by     VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_portal_upload PRIMARY KEY (submission_id),
    CONSTRAINT fk_portal_upload_submission FOREIGN KEY (submission_id)
        REFERENCES return_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 退回: the bureau sent an accepted version back to its unit (return_submission.status becomes RETURNED),
-- with the reason the unit sees.
CREATE TABLE submission_send_back (
    submission_id  BIGINT       NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    returned_by    VARCHAR(50)  NOT NULL,
    returned_at    DATETIME     NOT NULL,
    CONSTRAINT pk_submission_send_back PRIMARY KEY (submission_id),
    CONSTRAINT fk_submission_send_back_submission FOREIGN KEY (submission_id)
        REFERENCES return_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
