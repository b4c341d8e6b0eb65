package org.zsyz.scorecard.domain;

/** A score adjustment: 加分 (points ≥ 0) or 扣分 (points &lt; 0); stored by its name. */
public enum AdjustmentKind implements Labelled {
    BONUS("加分"),
    DEDUCTION("扣分");

    private final String label;

    AdjustmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
