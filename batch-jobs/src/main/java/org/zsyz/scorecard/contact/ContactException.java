package org.zsyz.scorecard.contact;

/** A contact that cannot be stored, with the reason in Chinese; nothing was changed. */
public class ContactException extends RuntimeException {

    public ContactException(String message) {
        super(message);
    }
}
