package org.zsyz.scorecard.notify;

/** One attempt at a message failed; the message says why, in Chinese, for the bureau's message list. */
public class SendFailure extends Exception {

    public SendFailure(String message) {
        super(message);
    }

    public SendFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
