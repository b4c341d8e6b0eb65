package org.zsyz.scorecard.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The safety limits for reading workbooks that strangers send. POI's own limits are set explicitly
 * rather than left to library defaults, so a zip bomb or an absurd sheet is refused early.
 *
 * @param maxFileBytes     largest file accepted at all
 * @param maxRowsPerSheet  longest sheet read before giving up (a real ledger has hundreds of rows)
 * @param maxEntryBytes    largest uncompressed part of an .xlsx package
 * @param minInflateRatio  smallest compressed/uncompressed ratio before a part counts as a zip bomb
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerSheet, long maxEntryBytes, double minInflateRatio) {

    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 300_000, 512L * 1024 * 1024, 0.01);

    /** POI keeps these limits in static fields; every reader applies the same values. */
    void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxFileCount(1000);
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, maxFileBytes * 4));
    }
}
