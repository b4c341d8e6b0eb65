package org.zsyz.scorecard.report;

/** The four colour bands of docs/method.md (Colours and warnings), by 序时差 in percentage points. */
public enum ColourBand {
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

    public String label() {
        return label;
    }

    /** Cell background as #RRGGBB. */
    public String fillColour() {
        return fillColour;
    }
}
