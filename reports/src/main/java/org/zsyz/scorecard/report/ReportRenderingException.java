package org.zsyz.scorecard.report;

/** A template failed to compile, fill or export; the message names the document. */
public class ReportRenderingException extends RuntimeException {

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
