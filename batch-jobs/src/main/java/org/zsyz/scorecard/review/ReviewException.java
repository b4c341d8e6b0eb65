package org.zsyz.scorecard.review;

/** A 认定 or duplicate decision refused, with the reason in Chinese; nothing was changed. */
public class ReviewException extends RuntimeException {

    public ReviewException(String message) {
        super(message);
    }
}
