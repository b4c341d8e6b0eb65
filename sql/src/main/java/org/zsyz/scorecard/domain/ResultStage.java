package org.zsyz.scorecard.domain;

/** Which a published term result is: the 公示稿 open to objections, the final one, or a later correction. */
public enum ResultStage implements Labelled {
    NOTICE("公示稿"),
    FINAL("正式"),
    CORRECTED("更正版");

    private final String label;

    ResultStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
