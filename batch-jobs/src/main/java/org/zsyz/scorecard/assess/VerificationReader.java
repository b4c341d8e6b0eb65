package org.zsyz.scorecard.assess;

import java.math.BigDecimal;

/**
 * Reads the optional {@code verification:} section of a year's method, kept apart from {@link MethodReader} like
 * the ladder, so that its keys do not change how the rest of the method is read.
 */
public final class VerificationReader {

    static final String SECTION = "verification";
    private static final int MAX_CHARS = 200_000;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private VerificationReader() {}

    /** Reads the section, adding any problem to {@code y} (refused with the method's other problems). */
    static VerificationRules read(CheckedYaml y, CheckedYaml.Section top) {
        VerificationRules d = VerificationRules.defaults();
        if (top == null || !top.has(SECTION)) {
            return d;
        }
        CheckedYaml.Section s = y.section(top, SECTION);
        if (s == null) {
            return d;
        }
        BigDecimal from = s.has("evidence_required_from_yi") ? y.number(s, "evidence_required_from_yi") : null;
        if (from != null && from.signum() <= 0) {
            y.problem(s, "evidence_required_from_yi", "须大于 0（亿元，合同投资额达到它的项目须有佐证材料才计入），现为 " + from.toPlainString());
            from = null;
        }
        BigDecimal fraud = s.has("spot_check_fraud_points") ? y.nonNegative(s, "spot_check_fraud_points") : null;
        if (fraud != null && fraud.compareTo(TEN) > 0) {
            y.problem(s, "spot_check_fraud_points", "每个弄虚作假项目扣分须在 0 到 10 之间，现为 " + fraud.toPlainString());
            fraud = null;
        }
        y.close(s, "evidence_required_from_yi", "spot_check_fraud_points");
        return new VerificationRules(from, fraud == null ? d.fraudPoints() : fraud);
    }

    /**
     * The section of a method's text (already checked as a whole by {@link RulesYaml#parse}).
     *
     * @throws RulesFileException when the section is wrong
     */
    public static VerificationRules parse(String text, String file) {
        CheckedYaml y = new CheckedYaml(file);
        VerificationRules v = read(y, y.root(text, MAX_CHARS));
        y.refuseIfAnyProblem();
        return v;
    }
}
