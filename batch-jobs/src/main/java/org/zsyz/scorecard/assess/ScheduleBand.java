package org.zsyz.scorecard.assess;

import java.math.BigDecimal;

/** The colour of an indicator by its 序时差 in percentage points (docs/method.md, Colours and warnings). */
public enum ScheduleBand {
    GREEN, LIGHT_GREEN, YELLOW, RED;

    /**
     * ≥ 0 green; down to −10 light green (基本达序时); down to −30 yellow; below −30 red. A gap of exactly
     * −10 or −30 counts in the better band.
     */
    public static ScheduleBand of(BigDecimal gapPoints, BigDecimal lightGreenFloor, BigDecimal yellowFloor) {
        if (gapPoints == null) {
            return null;
        }
        if (gapPoints.signum() >= 0) {
            return GREEN;
        }
        if (gapPoints.compareTo(lightGreenFloor) >= 0) {
            return LIGHT_GREEN;
        }
        if (gapPoints.compareTo(yellowFloor) >= 0) {
            return YELLOW;
        }
        return RED;
    }
}
