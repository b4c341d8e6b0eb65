-- One row per run in progress: the cross-process guard that keeps two runs of the same period (or targets
-- year) from running at once, also from two machines on one database. A run inserts its row (the primary
-- key refuses a second one), refreshes heartbeat_at while it works and deletes the row when it ends.
-- A row left by a process that died (kill -9, power cut) is recognised by its owner: the process no longer
-- exists on that host (host_key: host name, kernel boot and process namespace, so a container's process
-- ids are only compared within that container), or its heartbeat is older than the lease; the next run
-- takes the row over and recovers the abandoned job execution. Times are the database's own clock.
CREATE TABLE run_lock (
    lock_name           VARCHAR(100) NOT NULL,
    owner               VARCHAR(200) NOT NULL,
    host_name           VARCHAR(100) NOT NULL,
    host_key            VARCHAR(64)  NOT NULL,
    process_id          BIGINT       NOT NULL,
    process_started_at  BIGINT       NOT NULL,
    job_name            VARCHAR(100),
    job_execution_id    BIGINT,
    acquired_at         DATETIME(3)  NOT NULL,
    heartbeat_at        DATETIME(3)  NOT NULL,
    CONSTRAINT pk_run_lock PRIMARY KEY (lock_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
