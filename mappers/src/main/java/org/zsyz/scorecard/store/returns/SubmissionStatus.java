package org.zsyz.scorecard.store.returns;

/** The outcome of a submitted return version. */
public enum SubmissionStatus {
    /** Valid; the newest accepted version of a unit's period counts. */
    ACCEPTED,
    /** Had errors; nothing of its content is stored, only the record and its errors. */
    REJECTED,
    /** Accepted once, then sent back to the unit by the bureau (退回). */
    RETURNED
}
