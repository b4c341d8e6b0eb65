package org.zsyz.scorecard.store.portal;

/**
 * A version's contact as its cover sheet gives it, and who uploaded it through the portal.
 *
 * @param reporter   填报人 on the cover, or {@code null}
 * @param phone      联系电话 on the cover, or {@code null}
 * @param uploadedBy the portal account that uploaded it; {@code null} for a return that came by the inbox
 * @param onBehalf   uploaded by a bureau account for the unit (代报)
 */
public record SubmissionFacts(long submissionId, String reporter, String phone, String uploadedBy, boolean onBehalf) {}
