package org.zsyz.scorecard.returns;

/**
 * A month with no counting return, or far fewer than the month published before it, asked to be published without
 * the operator's confirmation. Publishing it would mark (nearly) every unit 未报送; more likely the working folder,
 * the inbox or the year's targets are wrong. The message says what was found; the caller says how to confirm.
 */
public class FewReturnsException extends RuntimeException {

    public FewReturnsException(String message) {
        super(message, null, false, false);
    }
}
