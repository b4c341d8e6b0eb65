package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Writes a unit's return template for a period, pre-filled with the ledger of its latest accepted return up to
 * that period, so the unit only updates what changed. The ledger is streamed from a database cursor into the
 * streaming writer: a unit with 200,000 projects needs no more memory than one with twenty.
 */
@Service
public class ReturnTemplateService {

    private final AssessedUnitMapper units;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final ScorecardProperties settings;
    private final TransactionTemplate readOnly;
    private final AssessmentRulesSource method;

    public ReturnTemplateService(
            AssessedUnitMapper units,
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            ScorecardProperties settings,
            PlatformTransactionManager transactionManager,
            AssessmentRulesSource method) {
        this.method = method;
        this.units = units;
        this.submissions = submissions;
        this.ledger = ledger;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** A unit code the year's targets workbook does not list. */
    public static class UnknownUnitException extends RuntimeException {
        public UnknownUnitException(String message) {
            super(message);
        }
    }

    /**
     * @param unit     the unit the template is for
     * @param source   the accepted return whose ledger was copied, {@code null} for a blank ledger
     * @param projects ledger rows written
     */
    public record WrittenTemplate(AssessedUnit unit, ReturnSubmission source, long projects) {}

    public WrittenTemplate write(String unitCode, YearMonth period, Path file) {
        AssessedUnit unit = units.findUnit(period.getYear(), unitCode);
        if (unit == null) {
            List<AssessedUnit> listed = units.findUnits(period.getYear());
            throw new UnknownUnitException("单位代码 " + unitCode + " 不在 " + period.getYear() + " 年考核单位名单中"
                    + (listed.isEmpty()
                            ? "（该年还没有导入目标任务书，请先运行 import-targets）"
                            : "（共 " + listed.size() + " 个考核单位，如 "
                                    + listed.get(0).unitCode() + " "
                                    + listed.get(0).unitName() + "）"));
        }
        ReturnSubmission source = submissions.findLatestCountingUpTo(unitCode, period);
        ReturnWorkbookWriter writer =
                new ReturnWorkbookWriter(settings.industries()).withExtraColumns(method.extraColumns(period));
        ReturnCover cover = new ReturnCover(
                unit.unitCode(),
                unit.unitName(),
                period,
                source == null ? null : source.reporter(),
                source == null ? null : source.phone());
        long[] rows = {0};
        try {
            TemplateWorkbooks.writeAtomically(file, out -> {
                if (source == null) {
                    rows[0] = writer.write(cover, List.of(), ReturnActivity.BLANK, out);
                    return;
                }
                readOnly.executeWithoutResult(status -> {
                    boolean newYear = source.period().getYear() < period.getYear();
                    try (Cursor<LedgerProject> cursor = ledger.streamProjects(source.id())) {
                        Iterable<LedgerRow> projects = () -> mapped(cursor.iterator(), newYear);
                        rows[0] = writer.write(cover, projects, ReturnActivity.BLANK, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new WrittenTemplate(unit, source, rows[0]);
    }

    private static Iterator<LedgerRow> mapped(Iterator<LedgerProject> stored, boolean newYear) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stored.hasNext();
            }

            @Override
            public LedgerRow next() {
                return toRow(stored.next(), newYear);
            }
        };
    }

    /**
     * A stored project as the template shows it. In a new year the year-to-date funds start again (blank).
     * 是否履约 and 是否500强 are always written as 是 or 否, the value that counted: the ledger stores the value,
     * not whether the unit typed it or left the default, and a typed 是 or 否 must come back as typed.
     */
    static LedgerRow toRow(LedgerProject p, boolean newYear) {
        return new LedgerRow(
                p.projectNo(),
                p.projectName(),
                p.investor(),
                p.investorSource(),
                p.industry(),
                p.projectStatus(),
                p.signedOn(),
                p.contractAmount(),
                p.startedOn(),
                p.fundsTotal(),
                newYear ? null : p.fundsThisYear(),
                newYear ? null : p.foreignFundsThisYear(),
                p.fulfilled(),
                p.fortune500(),
                p.remark(),
                p.extraValues());
    }
}
