package org.zsyz.scorecard.assess;

import java.math.BigDecimal;

/**
 * What a year's method says about 佐证材料 and 抽查 ({@code verification:}). A method without the section has
 * {@link #defaults()}: no evidence required, 0.2 points off per project found 弄虚作假 (which changes nothing until a
 * check is recorded as such).
 *
 * @param evidenceFromYi   projects with a 合同投资额 of at least this many 亿元 count only with a 佐证材料 file;
 *                         {@code null} = none required
 * @param fraudPoints      points off per project a 抽查 found 弄虚作假, in the period of the draw
 */
public record VerificationRules(BigDecimal evidenceFromYi, BigDecimal fraudPoints) {

    public static VerificationRules defaults() {
        return new VerificationRules(null, new BigDecimal("0.2"));
    }

    /** Whether a project of this 合同投资额 needs a file to count. */
    public boolean needsEvidence(BigDecimal contractAmount) {
        return evidenceFromYi != null && contractAmount != null && contractAmount.compareTo(evidenceFromYi) >= 0;
    }
}
