package org.zsyz.scorecard.report;

/** A configured font family or font file is missing, unreadable or cannot display the documents' text. */
public class ReportFontException extends IllegalStateException {

    public ReportFontException(String message) {
        super(message);
    }

    public ReportFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
