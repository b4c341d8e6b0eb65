package org.zsyz.scorecard.verification;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.RulesYaml;
import org.zsyz.scorecard.assess.VerificationReader;
import org.zsyz.scorecard.assess.VerificationRules;
import org.zsyz.scorecard.store.evidence.EvidenceMapper;
import org.zsyz.scorecard.store.evidence.ProjectEvidence;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;

/** A unit's projects of a period's counting return beside their 佐证材料, and which of them wait for a file. */
@Service
public class EvidenceBoard {

    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final EvidenceMapper evidence;
    private final AssessmentRulesSource rules;

    public EvidenceBoard(
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            EvidenceMapper evidence,
            AssessmentRulesSource rules) {
        this.submissions = submissions;
        this.ledger = ledger;
        this.evidence = evidence;
        this.rules = rules;
    }

    /** A project of the return; {@code waiting}: the method requires a file and it has none. */
    public record ProjectRow(
            String projectNo,
            String projectName,
            BigDecimal contractAmount,
            boolean required,
            boolean waiting,
            List<ProjectEvidence> files) {}

    /** The page: the counting version (null when none), the method's threshold (null when none) and the rows. */
    public record Board(ReturnSubmission counting, BigDecimal requiredFromYi, List<ProjectRow> projects) {

        public long waitingCount() {
            return projects.stream().filter(ProjectRow::waiting).count();
        }
    }

    public Board of(String unitCode, YearMonth period) {
        VerificationRules method =
                VerificationReader.parse(rules.forYear(period.getYear()).text(), RulesYaml.fileName(period.getYear()));
        ReturnSubmission counting = submissions.findCountingForUnit(unitCode, period);
        if (counting == null) {
            return new Board(null, method.evidenceFromYi(), List.of());
        }
        Map<String, List<ProjectEvidence>> files =
                evidence.findByUnit(unitCode).stream().collect(Collectors.groupingBy(ProjectEvidence::projectNo));
        List<ProjectRow> rows = new ArrayList<>();
        ledger.findProjects(counting.id()).forEach(p -> {
            List<ProjectEvidence> own = files.getOrDefault(p.projectNo(), List.of());
            boolean required = method.needsEvidence(p.contractAmount());
            rows.add(new ProjectRow(
                    p.projectNo(), p.projectName(), p.contractAmount(), required, required && own.isEmpty(), own));
        });
        return new Board(counting, method.evidenceFromYi(), rows);
    }
}
