package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.domain.AdjustmentKind;
import org.zsyz.scorecard.domain.SpotCheckResult;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.evidence.EvidenceMapper;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.spotcheck.SpotCheck;
import org.zsyz.scorecard.store.spotcheck.SpotCheckMapper;

/**
 * What 佐证材料 and 抽查 bring to a period's assessment: which projects wait for evidence (they do not count), and
 * the 弄虚作假 checks of the period's draw (points off). Nothing changes while the method requires no evidence and
 * no check is recorded 弄虚作假.
 */
@Component
class VerificationInputs {

    private final EvidenceMapper evidence;
    private final SpotCheckMapper checks;

    VerificationInputs(EvidenceMapper evidence, SpotCheckMapper checks) {
        this.evidence = evidence;
        this.checks = checks;
    }

    /**
     * A period's inputs under its method.
     *
     * @param evidenced unit code + NUL + project number of every project with a file (empty when none is required)
     * @param frauds    the period's 弄虚作假 checks by unit
     */
    record Period(VerificationRules rules, Set<String> evidenced, Map<String, List<SpotCheck>> frauds) {

        /** Whether a ledger row waits for a 佐证材料 file, and so does not count. */
        boolean waits(String unitCode, LedgerProject p) {
            return rules.needsEvidence(p.contractAmount()) && !evidenced.contains(unitCode + '\u0000' + p.projectNo());
        }
    }

    Period of(YearMonth period, RulesFile method) {
        VerificationRules rules = VerificationReader.parse(method.text(), RulesYaml.fileName(period.getYear()));
        Set<String> evidenced = new HashSet<>();
        if (rules.evidenceFromYi() != null) {
            evidence.findEvidencedProjects().forEach(e -> evidenced.add(e.unitCode() + '\u0000' + e.projectNo()));
        }
        Map<String, List<SpotCheck>> frauds = new HashMap<>();
        for (SpotCheck c : checks.findByPeriod(period.toString())) {
            if (c.result() == SpotCheckResult.FRAUD) {
                frauds.computeIfAbsent(c.unitCode(), u -> new ArrayList<>()).add(c);
            }
        }
        return new Period(rules, evidenced, frauds);
    }

    /** The unit's 待补佐证材料 warnings and 弄虚作假 deductions, before its total is worked out. */
    static void apply(Period inputs, List<LedgerProject> waiting, UnitOutcome out) {
        VerificationRules rules = inputs.rules();
        for (LedgerProject p : waiting) {
            out.warnings.add(new UnitOutcome.Warning(
                    WarningKind.AWAITING_EVIDENCE,
                    null,
                    p.projectNo(),
                    "项目“" + p.projectName() + "”（" + p.projectNo() + "）合同投资额" + Decimals.plain(p.contractAmount())
                            + "亿元，达到" + Decimals.plain(rules.evidenceFromYi()) + "亿元须上传佐证材料，尚未上传，本期不计入"));
        }
        BigDecimal each = rules.fraudPoints();
        for (SpotCheck c : inputs.frauds().getOrDefault(out.unitCode(), List.of())) {
            out.deduction = out.deduction.add(each);
            out.adjustments.add(new UnitOutcome.Adjustment(
                    AdjustmentKind.DEDUCTION,
                    each.negate(),
                    c.projectNo(),
                    "扣分：抽查项目“" + c.projectName() + "”（" + c.projectNo() + "）核查结果为弄虚作假，扣" + Decimals.plain(each) + "分"));
        }
    }
}
