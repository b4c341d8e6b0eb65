package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.unit.AssessedUnit;

/** Reads what {@link AssessmentService} assesses each unit on: its returns and their ledgers. */
@Component
class UnitSourcesReader {

    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final PlatformTransactionManager transactionManager;
    private final int readThreads;

    UnitSourcesReader(
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            PlatformTransactionManager transactionManager,
            @Value("${scorecard.assess.read-threads:0}") int readThreads) {
        this.submissions = submissions;
        this.ledger = ledger;
        this.transactionManager = transactionManager;
        // as configured, or one per core up to 4 (each holds a database connection while it reads)
        this.readThreads = readThreads > 0
                ? readThreads
                : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * What a unit is assessed on: its counting return (if any), the return its figures come from, last year's; and
     * the rows of the source left out because they wait for a 佐证材料 file.
     */
    record UnitSources(
            ReturnSubmission current,
            ReturnSubmission source,
            LedgerFigures figures,
            Map<Indicator, BigDecimal> lastYear,
            List<LedgerProject> awaitingEvidence,
            List<ProjectVerdicts.Excluded> excluded) {}

    /**
     * Reads every unit's ledgers, in slices on several threads, each slice in a read-only transaction of its own:
     * the reading is a query and a ledger stream per unit, which on one connection kept a core idle while the
     * database answered. A ledger read here belongs to an accepted version, which never changes once stored.
     * The sources come back in the order of the units.
     */
    List<UnitSources> load(
            List<AssessedUnit> unitList,
            Map<String, ReturnSubmission> counting,
            YearMonth period,
            AssessmentRules rules,
            VerificationInputs.Period verification,
            ProjectVerdicts verdicts) {
        int threads = Math.max(1, Math.min(readThreads, unitList.size()));
        if (threads == 1) {
            return loadSlice(unitList, counting, period, rules, verification, verdicts);
        }
        // a few slices per thread, so that a slice of long ledgers does not leave the other threads idle
        int perSlice = Math.max(1, (unitList.size() + threads * 4 - 1) / (threads * 4));
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ExecutorService pool = Executors.newFixedThreadPool(threads, new CustomizableThreadFactory("assess-"));
        try {
            List<Future<List<UnitSources>>> slices = new ArrayList<>();
            for (int from = 0; from < unitList.size(); from += perSlice) {
                List<AssessedUnit> slice = unitList.subList(from, Math.min(unitList.size(), from + perSlice));
                slices.add(pool.submit(() ->
                        readOnly.execute(tx -> loadSlice(slice, counting, period, rules, verification, verdicts))));
            }
            List<UnitSources> all = new ArrayList<>(unitList.size());
            for (Future<List<UnitSources>> slice : slices) {
                all.addAll(slice.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledgers of " + period, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<UnitSources> loadSlice(
            List<AssessedUnit> slice,
            Map<String, ReturnSubmission> counting,
            YearMonth period,
            AssessmentRules rules,
            VerificationInputs.Period verification,
            ProjectVerdicts verdicts) {
        List<UnitSources> sources = new ArrayList<>(slice.size());
        for (AssessedUnit unit : slice) {
            ReturnSubmission current = counting.get(unit.unitCode());
            ReturnSubmission source = current != null ? current : carriedFrom(unit.unitCode(), period);
            List<LedgerProject> waiting = new ArrayList<>();
            List<ProjectVerdicts.Excluded> excluded = new ArrayList<>();
            Predicate<LedgerProject> hasEvidence = p -> {
                if (verification.waits(unit.unitCode(), p)) {
                    waiting.add(p);
                    return false;
                }
                return true;
            };
            sources.add(new UnitSources(
                    current,
                    source,
                    figures(source, period, rules, unit.unitCode(), verdicts, excluded, hasEvidence),
                    lastYearYtd(unit.unitCode(), period.minusYears(1), rules),
                    waiting,
                    excluded));
        }
        return sources;
    }

    /** A missing unit is shown with its latest figures of the same year (normally last month's). */
    private ReturnSubmission carriedFrom(String unitCode, YearMonth period) {
        if (period.getMonthValue() == 1) {
            return null;
        }
        ReturnSubmission earlier = submissions.findLatestCountingUpTo(unitCode, period.minusMonths(1));
        return earlier != null && earlier.period().getYear() == period.getYear() ? earlier : null;
    }

    /**
     * The figures of the rows that count: the bureau's and the method's verdicts first (an excluded row is listed in
     * {@code excluded}), then the evidence gate on what is left.
     */
    private LedgerFigures figures(
            ReturnSubmission source,
            YearMonth period,
            AssessmentRules rules,
            String unitCode,
            ProjectVerdicts verdicts,
            List<ProjectVerdicts.Excluded> excluded,
            Predicate<LedgerProject> hasEvidence) {
        LedgerFigures figures = new LedgerFigures(period, rules);
        if (source == null) {
            return figures;
        }
        ProjectCondition.Dates dates = new ProjectCondition.Dates(
                period.withMonth(1).atDay(1), rules.cohortStart(period), period.atEndOfMonth());
        try (Cursor<LedgerProject> projects = ledger.streamProjects(source.id())) {
            for (LedgerProject p : projects) {
                LedgerProject counted = verdicts.isEmpty() ? p : verdicts.apply(unitCode, p, dates, excluded);
                if (counted != null && hasEvidence.test(counted)) {
                    figures.add(counted);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        figures.activity(submissions.findActivity(source.id()));
        return figures;
    }

    /** The same period last year, from last year's counting return; empty where there is none. */
    private Map<Indicator, BigDecimal> lastYearYtd(String unitCode, YearMonth lastYear, AssessmentRules rules) {
        ReturnSubmission source = submissions.findCountingForUnit(unitCode, lastYear);
        if (source == null) {
            return Map.of();
        }
        LedgerFigures figures =
                figures(source, lastYear, rules, unitCode, ProjectVerdicts.NONE, new ArrayList<>(), p -> true);
        Map<Indicator, BigDecimal> ytd = new TreeMap<>();
        // this year's method's indicators (a format-2 method has no I1–I7 to look up)
        for (Indicator indicator : rules.catalogue().withTargets()) {
            BigDecimal value = figures.ytd(indicator);
            if (value != null) {
                ytd.put(indicator, value);
            }
        }
        return ytd;
    }
}
