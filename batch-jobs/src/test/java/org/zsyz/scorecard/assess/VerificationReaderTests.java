package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The method's optional verification: section — its defaults, its keys and the refusal of a bad value. */
class VerificationReaderTests {

    static final String DEFAULTS = RulesYamlTests.DEFAULTS;

    @Test
    void withoutTheSectionNoEvidenceIsRequiredAndAFailedCheckCostsPointTwo() {
        VerificationRules rules = VerificationReader.parse(DEFAULTS, RulesYamlTests.FILE);
        assertThat(rules.evidenceFromYi()).isNull();
        assertThat(rules.fraudPoints()).isEqualByComparingTo("0.2");
        assertThat(rules.needsEvidence(new BigDecimal("1000"))).isFalse();
    }

    @Test
    void theSectionSetsTheThresholdAndThePoints() {
        String text = DEFAULTS + "\nverification:\n  evidence_required_from_yi: 1.5\n  spot_check_fraud_points: 0.5\n";
        RulesYaml.parse(text, RulesYamlTests.FILE, 2025); // the whole method accepts it
        VerificationRules rules = VerificationReader.parse(text, RulesYamlTests.FILE);
        assertThat(rules.evidenceFromYi()).isEqualByComparingTo("1.5");
        assertThat(rules.fraudPoints()).isEqualByComparingTo("0.5");
        assertThat(rules.needsEvidence(new BigDecimal("1.5"))).isTrue();
        assertThat(rules.needsEvidence(new BigDecimal("1.49"))).isFalse();
        assertThat(rules.needsEvidence(null)).isFalse();
    }

    @Test
    void aBadValueOrAnUnknownKeyRefusesTheMethodNamingTheKey() {
        List<RulesFileException.Problem> problems = RulesYamlTests.problems(
                DEFAULTS
                        + "\nverification:\n  evidence_required_from_yi: 0\n  spot_check_fraud_points: 12\n  evidence_from: 3\n");
        assertThat(problems)
                .extracting(RulesFileException.Problem::key, RulesFileException.Problem::message)
                .anySatisfy(p -> assertThat(p.toList())
                        .containsExactly(
                                "verification.evidence_required_from_yi", "须大于 0（亿元，合同投资额达到它的项目须有佐证材料才计入），现为 0"))
                .anySatisfy(p -> assertThat(p.toList())
                        .containsExactly("verification.spot_check_fraud_points", "每个弄虚作假项目扣分须在 0 到 10 之间，现为 12"))
                .anySatisfy(p -> assertThat(p.toList().get(0)).isEqualTo("verification.evidence_from"))
                .hasSize(3);
        assertThat(RulesYamlTests.problems(DEFAULTS + "\nverification:\n  spot_check_fraud_points: -1\n"))
                .extracting(RulesFileException.Problem::message)
                .containsExactly("不能为负数，现为 -1");
    }
}
