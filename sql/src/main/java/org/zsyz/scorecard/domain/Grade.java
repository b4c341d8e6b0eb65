package org.zsyz.scorecard.domain;

/** 等次 of a unit's total, best first: stored and shown by its label. */
public enum Grade implements Labelled {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASS("合格"),
    FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
