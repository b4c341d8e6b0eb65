package org.zsyz.scorecard.assess;

/**
 * The warning ladder of a year's method ({@code escalation:}): how many yellow months in a row make a red one,
 * and how many red months in a row put the unit on the 约谈 list. A method without the section has the defaults.
 *
 * @param yellowMonthsToRed     yellow this many months in a row (this month included) → 红灯 (2)
 * @param redMonthsToInterview  red this many months in a row (this month included) → 约谈 (3)
 */
public record Escalation(int yellowMonthsToRed, int redMonthsToInterview) {

    public static Escalation defaults() {
        return new Escalation(2, 3);
    }
}
