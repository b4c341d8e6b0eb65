package org.zsyz.scorecard.web;

import java.sql.SQLTransientException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Failures of a write that collided with another writer of the same rows (a lock wait that timed out, a deadlock,
 * the same new version number taken first): the transaction was rolled back whole and may simply be tried again.
 */
final class Collisions {

    private Collisions() {}

    static boolean isCollision(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    /** A short, growing pause before the next attempt, so the other writer can finish. */
    static void pause(int attempt) {
        try {
            Thread.sleep(500L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
