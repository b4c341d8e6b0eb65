-- 佐证材料: files a unit attaches to a project of its return (contract, business licence, bank receipt). The file
-- itself is stored once under the working folder by its SHA-256 (evidence/<first two hex>/<sha256>), never under
-- the client's name; this row holds what the portal shows. A file belongs to the unit's project (unit_code,
-- project_no) from then on: the project's later returns do not need it again. period and submission_id are the
-- return it was attached to (the project had to be in that unit's counting version).
CREATE TABLE project_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    unit_code      VARCHAR(20)   NOT NULL,
    project_no     VARCHAR(50)   NOT NULL,
    period         CHAR(7)       NOT NULL,
    submission_id  BIGINT        NOT NULL,
    file_type      VARCHAR(4)    NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    uploaded_by    VARCHAR(50)   NOT NULL,
    uploaded_at    DATETIME      NOT NULL,
    CONSTRAINT pk_project_evidence PRIMARY KEY (id),
    CONSTRAINT fk_project_evidence_project FOREIGN KEY (submission_id, project_no)
        REFERENCES ledger_project (submission_id, project_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_project_evidence_project ON project_evidence (unit_code, project_no);
