package org.zsyz.scorecard.domain;

/**
 * A unit's step on the warning ladder of a month (docs/method.md, Warnings that escalate): its light from the
 * month's colour bands, raised by the months before it. Derived from the stored indicator results, not stored.
 */
public enum LadderStep implements Labelled {
    /** No indicator yellow or red. */
    GREEN("绿灯"),
    /** An indicator in the yellow band, none red. */
    YELLOW("黄灯"),
    /** An indicator in the red band, or yellow for as many months in a row as the method says. */
    RED("红灯"),
    /** Red for as many months in a row as the method says: on the 约谈 list. */
    INTERVIEW("约谈");

    private final String label;

    LadderStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Red or worse. */
    public boolean red() {
        return this == RED || this == INTERVIEW;
    }
}
