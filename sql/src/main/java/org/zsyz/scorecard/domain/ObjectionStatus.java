package org.zsyz.scorecard.domain;

/** Where a unit's 异议 against a 公示稿 stands. */
public enum ObjectionStatus implements Labelled {
    PENDING("待答复"),
    ACCEPTED("已采纳"),
    REJECTED("不予采纳");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
