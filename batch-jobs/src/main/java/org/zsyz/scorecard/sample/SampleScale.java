package org.zsyz.scorecard.sample;

/**
 * How big a sample to generate. CITY is the hand-made 示例市 of the demo; the larger scales are generated units for
 * benchmarks (same story rules, bigger ledgers).
 */
public enum SampleScale {
    /** 示例市: 13 hand-made units in three groups, ledgers of roughly 40–120 projects. */
    CITY(13, 1.0),
    /** 180 generated units (a province's county-level units) with about 300 ledger rows each by the latest period. */
    PROVINCE(180, 6.5),
    /** 2,850 generated units with about 300 ledger rows each by the latest period. */
    NATION(2_850, 6.5);

    private final int units;
    private final double ledgerFactor;

    SampleScale(int units, double ledgerFactor) {
        this.units = units;
        this.ledgerFactor = ledgerFactor;
    }

    public int units() {
        return units;
    }

    /** Multiplies every target (and so the number of projects a unit needs to reach them). */
    double ledgerFactor() {
        return ledgerFactor;
    }
}
