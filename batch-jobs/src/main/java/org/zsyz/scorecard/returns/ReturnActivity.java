package org.zsyz.scorecard.returns;

/**
 * The 工作指标 sheet: year-to-date counts (1—M月 累计) as of the end of the period. A {@code null} is a blank cell.
 */
public record ReturnActivity(Integer trips, Integer leaderTrips, Integer companiesVisited, Integer visitorsReceived) {

    /** All four left blank, for a template. */
    public static final ReturnActivity BLANK = new ReturnActivity(null, null, null, null);

    public ReturnActivity {
        requireNotNegative(trips, "trips");
        requireNotNegative(leaderTrips, "leaderTrips");
        requireNotNegative(companiesVisited, "companiesVisited");
        requireNotNegative(visitorsReceived, "visitorsReceived");
    }

    private static void requireNotNegative(Integer value, String name) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
