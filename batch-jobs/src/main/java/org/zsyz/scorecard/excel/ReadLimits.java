package org.zsyz.scorecard.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The safety limits for reading workbooks that strangers send. POI's own limits are set explicitly
 * rather than left to library defaults, so a zip bomb or an absurd sheet is refused early.
 *
 * @param maxFileBytes     largest file accepted at all
 * @param maxRowsPerSheet  longest sheet read before giving up (a real ledger has hundreds of rows, a big one
 *                         some ten thousand; 300,000 leaves room and stops a 10-million-row sheet early)
 * @param maxEntryBytes    largest uncompressed part of an .xlsx package
 * @param minInflateRatio  smallest compressed/uncompressed ratio before a part counts as a zip bomb (0.01 = a
 *                         part may expand at most 100-fold; real sheets expand 5- to 20-fold)
 * @param maxPackageParts  most parts (zip entries) an .xlsx package may have
 */
public record ReadLimits(
        long maxFileBytes, int maxRowsPerSheet, long maxEntryBytes, double minInflateRatio, int maxPackageParts) {

    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 300_000, 512L * 1024 * 1024, 0.01, 1000);

    /** POI checks the ratio only once a part has expanded past this many bytes (its own default, made explicit). */
    static final long GRACE_ENTRY_BYTES = 100 * 1024;

    /** Text POI extracts from one part at most (its own default, made explicit; the streaming reader does not use it). */
    static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;

    /** POI keeps these limits in static fields; every reader applies the same values. */
    void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxFileCount(maxPackageParts);
        ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        // The largest single buffer POI may allocate (HSSF reads an .xls stream whole): twice the largest file.
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, maxFileBytes * 2));
    }

    /** The limits in words, for messages and the documentation. */
    public String describe() {
        return "文件不超过 " + maxFileBytes / (1024 * 1024) + " MB；每个工作表不超过 " + maxRowsPerSheet
                + " 行；.xlsx 中单个部件解压后不超过 " + maxEntryBytes / (1024 * 1024) + " MB、压缩比不超过 1:"
                + Math.round(1 / minInflateRatio) + "、部件不超过 " + maxPackageParts + " 个";
    }
}
