package org.zsyz.scorecard.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.store.returns.ImportOutcomeMapper;
import org.zsyz.scorecard.store.returns.StoredOutcome;
import org.zsyz.scorecard.store.returns.StoredOutcomeIssue;

/**
 * The per-file outcomes of an import run, stored by its job execution: each command, and each portal or scheduled
 * run, reads back exactly the files its own run took, however many runs the process or the database has seen.
 */
@Component
public class ImportOutcomes {

    /**
     * As many issues of a rejected file as the result table shows — its errors, then its 提示 — and its error
     * workbook lists them all.
     */
    public static final int ISSUES_KEPT = 10;

    private final ImportOutcomeMapper mapper;
    private final TransactionTemplate ownTransaction;

    public ImportOutcomes(ImportOutcomeMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores the line of a file whose outcome is committed and that has been filed (or kept in the inbox), in a
     * transaction of its own: a file whose chunk rolled back, or that could not be filed and waits for the next
     * run, has no line in this run's table, as the next run shows it.
     */
    public void record(long jobExecutionId, ImportOutcome o) {
        ownTransaction.executeWithoutResult(status -> insert(jobExecutionId, o));
    }

    private void insert(long jobExecutionId, ImportOutcome o) {
        int seqNo = mapper.nextSeqNo(jobExecutionId);
        mapper.insertOutcome(new StoredOutcome(
                jobExecutionId,
                seqNo,
                o.fileName(),
                o.sha256(),
                o.unitCode(),
                o.unitName(),
                o.versionNo(),
                o.status(),
                o.late(),
                o.identical(),
                o.rows(),
                o.errors(),
                o.warnings(),
                o.keptInInbox()));
        List<StoredOutcomeIssue> issues = new ArrayList<>();
        List<ImportIssue> kept = o.errors() == 0
                ? List.of()
                : Stream.concat(
                                o.issues().stream().filter(ImportIssue::isError),
                                o.issues().stream().filter(i -> !i.isError()))
                        .limit(ISSUES_KEPT)
                        .toList();
        for (ImportIssue i : kept) {
            issues.add(new StoredOutcomeIssue(
                    jobExecutionId,
                    seqNo,
                    issues.size() + 1,
                    i.severity().name(),
                    clip(i.sheet(), 100),
                    clip(i.cell(), 20),
                    clip(i.field(), 200),
                    clip(i.value(), 1000),
                    clip(i.message(), 2000)));
        }
        if (!issues.isEmpty()) {
            mapper.insertIssues(issues);
        }
    }

    /** The run's outcomes in the order it took the files; those a crash rolled back are not among them. */
    public List<ImportOutcome> ofRun(long jobExecutionId) {
        Map<Integer, List<ImportIssue>> issues = new LinkedHashMap<>();
        for (StoredOutcomeIssue i : mapper.findIssues(jobExecutionId)) {
            issues.computeIfAbsent(i.outcomeSeqNo(), k -> new ArrayList<>())
                    .add(new ImportIssue(
                            ImportIssue.Severity.valueOf(i.severity()),
                            i.sheetName(),
                            i.cellRef(),
                            i.fieldName(),
                            i.foundValue(),
                            i.message()));
        }
        return mapper.findOutcomes(jobExecutionId).stream()
                .map(o -> new ImportOutcome(
                        o.fileName(),
                        o.sha256(),
                        o.unitCode(),
                        o.unitName(),
                        o.versionNo(),
                        o.status(),
                        o.late(),
                        o.identical(),
                        o.rowCount(),
                        o.errorCount(),
                        o.warningCount(),
                        List.copyOf(issues.getOrDefault(o.seqNo(), List.of())),
                        o.keptInInbox()))
                .toList();
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
