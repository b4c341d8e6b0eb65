package org.zsyz.scorecard.store.portal;

/**
 * A return version uploaded through the portal.
 *
 * @param storedFile    the kept file, relative to the working folder (a generated name)
 * @param errorWorkbook the marked-up workbook of a rejected version, relative to the working folder, or {@code null}
 * @param uploadedBy    the account's user name
 */
public record PortalUpload(long submissionId, String storedFile, String errorWorkbook, String uploadedBy) {}
