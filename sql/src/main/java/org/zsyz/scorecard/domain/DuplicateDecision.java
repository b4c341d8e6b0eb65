package org.zsyz.scorecard.domain;

/** The bureau's decision on a duplicate project; stored by its name. */
public enum DuplicateDecision implements Labelled {
    UNIT_A("只计入前一单位"),
    UNIT_B("只计入后一单位"),
    SPLIT("两单位各计一半"),
    NEITHER("均不计入");

    private final String label;

    DuplicateDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
