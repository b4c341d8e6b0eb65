package org.zsyz.scorecard.domain;

/** 红黑榜: a unit on the group's red (best) or black (worst) list; stored by its name. */
public enum ListMark implements Labelled {
    RED("红榜"),
    BLACK("黑榜");

    private final String label;

    ListMark(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
