package org.zsyz.scorecard.assess;

/**
 * Reads the optional {@code escalation:} section of a year's method. Kept apart from {@link MethodReader} so that
 * the ladder's keys do not change how the rest of the method is read; a method without the section has
 * {@link Escalation#defaults()}.
 */
public final class EscalationReader {

    static final String SECTION = "escalation";
    private static final int MAX_CHARS = 200_000;

    private EscalationReader() {}

    /** Reads the section, adding any problem to {@code y} (refused with the method's other problems). */
    static Escalation read(CheckedYaml y, CheckedYaml.Section top) {
        Escalation d = Escalation.defaults();
        if (top == null || !top.has(SECTION)) {
            return d;
        }
        CheckedYaml.Section s = y.section(top, SECTION);
        if (s == null) {
            return d;
        }
        Integer yellow = s.has("yellow_months_to_red") ? y.integer(s, "yellow_months_to_red", 2, 12) : null;
        Integer red = s.has("red_months_to_interview") ? y.integer(s, "red_months_to_interview", 1, 12) : null;
        y.close(s, "yellow_months_to_red", "red_months_to_interview");
        return new Escalation(
                yellow == null ? d.yellowMonthsToRed() : yellow, red == null ? d.redMonthsToInterview() : red);
    }

    /**
     * The ladder of a method's text (already checked as a whole by {@link RulesYaml#parse}).
     *
     * @throws RulesFileException when the section is wrong
     */
    public static Escalation parse(String text, String file) {
        CheckedYaml y = new CheckedYaml(file);
        Escalation e = read(y, y.root(text, MAX_CHARS));
        y.refuseIfAnyProblem();
        return e;
    }
}
