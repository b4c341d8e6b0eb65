package org.zsyz.scorecard.audit;

/**
 * What verifying the audit chain found.
 *
 * @param records  how many records were read (up to the break)
 * @param brokenAt the number of the record where the chain breaks, {@code null} when it is intact
 * @param reason   why it breaks, in Chinese; {@code null} when intact
 */
public record AuditVerdict(long records, Long brokenAt, String reason) {

    static AuditVerdict intact(long records) {
        return new AuditVerdict(records, null, null);
    }

    static AuditVerdict broken(long records, long at, String reason) {
        return new AuditVerdict(records, at, reason);
    }

    public boolean intact() {
        return brokenAt == null;
    }
}
