package org.zsyz.scorecard.domain;

import java.math.BigDecimal;

/**
 * The four colour bands of docs/method.md (Colours and warnings), by 序时差 in percentage points; stored by its
 * name, shown by its label and fill colour.
 */
public enum ColourBand implements Labelled {
    /** 序时差 ≥ 0: on or ahead of schedule. */
    GREEN("达序时", "#C6EFCE"),
    /** 0 to −10: 基本达序时. */
    LIGHT_GREEN("基本达序时", "#E2F5D3"),
    /** −10 to −30. */
    YELLOW("低于序时", "#FFEB9C"),
    /** below −30. */
    RED("严重滞后", "#FFC7CE");

    private final String label;
    private final String fillColour;

    ColourBand(String label, String fillColour) {
        this.label = label;
        this.fillColour = fillColour;
    }

    @Override
    public String label() {
        return label;
    }

    /** Cell background as #RRGGBB. */
    public String fillColour() {
        return fillColour;
    }

    /**
     * ≥ 0 green; down to the light-green floor (−10 by default) light green; down to the yellow floor (−30)
     * yellow; below, red. A gap of exactly a floor counts in the better band; {@code null} for no gap.
     */
    public static ColourBand of(BigDecimal gapPoints, BigDecimal lightGreenFloor, BigDecimal yellowFloor) {
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
