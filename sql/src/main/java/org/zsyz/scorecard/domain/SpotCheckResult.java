package org.zsyz.scorecard.domain;

/** The outcome of a 抽查 of one project; stored by its name. */
public enum SpotCheckResult implements Labelled {
    PASSED("通过"),
    /** 弄虚作假: points off as the method says (verification.spot_check_fraud_points). */
    FRAUD("弄虚作假");

    private final String label;

    SpotCheckResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The result written as the bureau writes it (通过 / 弄虚作假, or the stored name); {@code null} if neither. */
    public static SpotCheckResult of(String text) {
        if (text == null) {
            return null;
        }
        for (SpotCheckResult r : values()) {
            if (r.label.equals(text.strip()) || r.name().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        return null;
    }
}
