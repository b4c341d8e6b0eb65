package org.zsyz.scorecard.report;

/** Placeholder; see later commit. */
final class PdfStabilizer {
    private PdfStabilizer() {
    }

    static byte[] stabilize(byte[] pdf) {
        return pdf;
    }
}
