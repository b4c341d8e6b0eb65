package org.zsyz.scorecard.domain;

/** What a 认定 does to a project: leave it out, or count it for less; stored by its name. */
public enum ReviewKind implements Labelled {
    EXCLUDE("不予认定"),
    REDUCE("核减");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
