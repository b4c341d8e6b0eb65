package org.zsyz.scorecard.domain;

/** Who left a project out of an assessment (核减): the bureau, the method, a duplicate decision; stored by name. */
public enum ExclusionSource implements Labelled {
    BUREAU("商务局认定"),
    METHOD("考核办法规定"),
    DUPLICATE("重复项目裁定");

    private final String label;

    ExclusionSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
