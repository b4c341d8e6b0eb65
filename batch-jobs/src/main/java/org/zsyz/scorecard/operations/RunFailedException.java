package org.zsyz.scorecard.operations;

/**
 * A run that could not even record its own end, typically because the database went away in the middle:
 * it stays marked as running until a restart recovers it.
 */
public class RunFailedException extends RuntimeException {

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
