package org.zsyz.scorecard.excel;

/**
 * The file cannot be read as a workbook at all (not a spreadsheet, encrypted, damaged, beyond the safety
 * limits). The message is in Chinese, for the unit that sent the file.
 */
public class UnreadableWorkbookException extends Exception {

    public UnreadableWorkbookException(String message) {
        super(message);
    }

    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
