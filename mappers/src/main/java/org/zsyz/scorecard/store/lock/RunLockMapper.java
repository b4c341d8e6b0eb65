package org.zsyz.scorecard.store.lock;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The run lock table. Every statement is a single autocommitted row operation whose outcome decides:
 * the primary key makes {@link #insertLock} succeed for one process only, and {@link #takeOver} only
 * replaces the very owner that was judged dead, so two processes can never both believe they hold a lock.
 */
@Mapper
public interface RunLockMapper {

    /** Claims a free lock; fails with a duplicate key when somebody holds it. */
    void insertLock(RunLockRow claim);

    RunLockRow findLock(String lockName);

    List<RunLockRow> findLocks();

    /** Replaces a dead owner's row by the claim; 0 when the row is no longer that owner's (someone was faster). */
    int takeOver(@Param("claim") RunLockRow claim, @Param("previousOwner") String previousOwner);

    /** Refreshes the owner's heartbeat (and the execution it is running); 0 when the lock is no longer its own. */
    int heartbeat(
            @Param("lockName") String lockName,
            @Param("owner") String owner,
            @Param("jobExecutionId") Long jobExecutionId);

    int release(@Param("lockName") String lockName, @Param("owner") String owner);
}
