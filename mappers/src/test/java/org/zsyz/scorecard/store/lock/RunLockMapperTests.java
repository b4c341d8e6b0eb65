package org.zsyz.scorecard.store.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class RunLockMapperTests {

    @Autowired
    RunLockMapper locks;

    static RunLockRow claim(String owner, long pid) {
        return RunLockRow.claim("period:2013-12", owner, "host-a", "key-a", pid, 1_700_000_000_000L, "monthly");
    }

    @Test
    void aLockCanBeClaimedOnceAndIsStampedByTheDatabaseClock() {
        locks.insertLock(claim("owner-1", 101));

        assertThatThrownBy(() -> locks.insertLock(claim("owner-2", 102))).isInstanceOf(DuplicateKeyException.class);
        RunLockRow held = locks.findLock("period:2013-12");
        assertThat(held.owner()).isEqualTo("owner-1");
        assertThat(held.hostName()).isEqualTo("host-a");
        assertThat(held.hostKey()).isEqualTo("key-a");
        assertThat(held.processId()).isEqualTo(101);
        assertThat(held.processStartedAt()).isEqualTo(1_700_000_000_000L);
        assertThat(held.jobName()).isEqualTo("monthly");
        assertThat(held.jobExecutionId()).isNull();
        assertThat(held.acquiredAt()).isNotNull().isEqualTo(held.heartbeatAt());
        assertThat(held.heartbeatAgeMillis()).isBetween(0L, 60_000L);
    }

    @Test
    void theHeartbeatRecordsTheExecutionAndOnlyTheOwnerMayRefreshOrRelease() {
        locks.insertLock(claim("owner-1", 101));

        assertThat(locks.heartbeat("period:2013-12", "owner-1", 57L)).isOne();
        assertThat(locks.heartbeat("period:2013-12", "owner-1", null)).isOne();
        assertThat(locks.findLock("period:2013-12").jobExecutionId()).isEqualTo(57L);
        assertThat(locks.heartbeat("period:2013-12", "intruder", 58L)).isZero();
        assertThat(locks.release("period:2013-12", "intruder")).isZero();
        assertThat(locks.release("period:2013-12", "owner-1")).isOne();
        assertThat(locks.findLock("period:2013-12")).isNull();
    }

    @Test
    void aTakeOverReplacesOnlyTheOwnerThatWasJudgedDead() {
        locks.insertLock(claim("dead-owner", 101));
        locks.heartbeat("period:2013-12", "dead-owner", 57L);

        assertThat(locks.takeOver(claim("late-comer", 103), "somebody-else")).isZero();
        assertThat(locks.takeOver(claim("new-owner", 102), "dead-owner")).isOne();
        assertThat(locks.takeOver(claim("late-comer", 103), "dead-owner")).isZero();
        RunLockRow held = locks.findLock("period:2013-12");
        assertThat(held.owner()).isEqualTo("new-owner");
        assertThat(held.processId()).isEqualTo(102);
        assertThat(held.jobExecutionId()).isNull();
        assertThat(locks.findLocks()).extracting(RunLockRow::owner).containsExactly("new-owner");
    }
}
