package org.zsyz.scorecard.annual;

/** A term that cannot be assessed or published as asked; the message says why, in Chinese. Nothing was changed. */
public class TermRefusedException extends RuntimeException {

    public TermRefusedException(String message) {
        super(message);
    }
}
