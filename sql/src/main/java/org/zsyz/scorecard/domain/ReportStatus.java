package org.zsyz.scorecard.domain;

/** Whether a unit reported for a period: stored by its name (REPORTED, LATE, MISSING), shown by its label. */
public enum ReportStatus implements Labelled {
    /** An accepted return arrived by the deadline of the year's method. */
    REPORTED("已报送"),
    /** The first accepted return arrived after the deadline: 扣分. */
    LATE("逾期"),
    /** No accepted return: 扣分, and the figures are carried from an earlier return. */
    MISSING("未报送");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
