-- Spring Batch's tables were created with the database's default character set. Exit messages carry
-- Chinese text (and unit names with 4-byte characters such as 𠮷), so pin them to utf8mb4 whatever the
-- database default was: on a latin1 or utf8mb3 database a failed run could not even record why it failed.
ALTER TABLE BATCH_JOB_INSTANCE CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE BATCH_JOB_EXECUTION CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE BATCH_JOB_EXECUTION_PARAMS CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE BATCH_STEP_EXECUTION CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE BATCH_STEP_EXECUTION_CONTEXT CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE BATCH_JOB_EXECUTION_CONTEXT CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
