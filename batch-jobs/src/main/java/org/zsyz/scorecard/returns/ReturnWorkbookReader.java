package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.SheetVisitor;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.excel.WorkbookVisitor;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * Reads and checks a monthly return (docs/returns-and-targets.md) in one streaming pass. Valid ledger rows go to a
 * consumer as they are read, so a long ledger is never held in memory; every problem found is collected,
 * not just the first. The caller decides what to keep: a return with any error must be stored not at all.
 *
 * <p>Every issue names the sheet as the file spells it, the cell, the field, the value found and what was
 * expected, so the error workbook can mark the very cell. What is checked is {@link ReturnFieldRules}; the pass
 * over the sheets is {@link ReturnReading}.
 */
public final class ReturnWorkbookReader {

    private final WorkbookReader workbooks;
    private final List<String> industries;
    private final ExtraColumns extraColumns;
    /** The period was chosen on the portal's page, not given by the inbox folder: the messages say so. */
    private final boolean portal;

    public ReturnWorkbookReader(WorkbookReader workbooks, List<String> industries) {
        this(workbooks, industries, false);
    }

    public ReturnWorkbookReader(WorkbookReader workbooks, List<String> industries, boolean portal) {
        this(workbooks, industries, ExtraColumns.NONE, portal);
    }

    /** @param extraColumns the extra ledger columns the year's method declares ({@link ExtraColumns#NONE}: none) */
    public ReturnWorkbookReader(
            WorkbookReader workbooks, List<String> industries, ExtraColumns extraColumns, boolean portal) {
        this.workbooks = workbooks;
        this.industries = List.copyOf(industries);
        this.extraColumns = extraColumns;
        this.portal = portal;
    }

    /**
     * @param submissionId the id the projects will be stored under
     * @param period       the period the return is read for (the run's period and the file's folder)
     * @param projects     receives each valid ledger row in sheet order
     */
    public ReturnContent read(Path file, long submissionId, YearMonth period, Consumer<LedgerProject> projects)
            throws UnreadableWorkbookException {
        return read(
                file,
                new ReturnReading(
                        period, industries, extraColumns, portal, new LedgerSink(submissionId, projects), null));
    }

    /**
     * Reads a return in one pass, asking {@code decision} where the ledger rows go as soon as the cover is known:
     * when the first sheet after the cover begins (or at the end). The template's cover is its first sheet, so the
     * caller can find the unit, record the version and open its savepoint before the first ledger row, without
     * reading the file twice.
     *
     * @throws CoverNotFirstException when a sheet other than the cover begins while the cover is still to come (a
     *         reordered workbook): nothing has been handed out; read it with {@link #readCover} and
     *         {@link #read(Path, long, YearMonth, Consumer)}
     */
    public ReturnContent read(Path file, YearMonth period, CoverDecision decision) throws UnreadableWorkbookException {
        return read(file, new ReturnReading(period, industries, extraColumns, portal, null, decision));
    }

    private ReturnContent read(Path file, ReturnReading reading) throws UnreadableWorkbookException {
        workbooks.read(file, reading);
        reading.finish();
        return reading.content();
    }

    /** Where a return's ledger rows go, decided from its cover. */
    @FunctionalInterface
    public interface CoverDecision {
        /**
         * @return the submission id and the consumer of the valid ledger rows, or {@code null} to read the rest for
         *         its issues only; it may also throw to stop reading
         */
        LedgerSink onCover(Cover cover);
    }

    /** @param projects receives each valid ledger row, numbered for {@code submissionId} */
    public record LedgerSink(long submissionId, Consumer<LedgerProject> projects) {}

    /** The cover is not the first sheet: read the cover on its own first. */
    public static final class CoverNotFirstException extends RuntimeException {
        CoverNotFirstException() {
            super("the cover sheet comes after another sheet", null, false, false);
        }
    }

    /** Reads the 封面 sheet alone (cheap: other sheets are skipped), to learn whose return a file is. */
    public Cover readCover(Path file) throws UnreadableWorkbookException {
        ReturnReading reading = new ReturnReading(null, industries, extraColumns, portal, null, null);
        workbooks.read(file, new WorkbookVisitor() {
            @Override
            public void sheetNames(List<String> names) {
                reading.sheetNames(names);
            }

            @Override
            public SheetVisitor sheet(String sheetName) {
                return CellText.key(sheetName).equals(CellText.key(ReturnTemplate.COVER_SHEET))
                        ? reading.sheet(sheetName)
                        : null;
            }
        });
        return reading.cover();
    }

    /**
     * What the cover sheet says; values are {@code null} where missing or unreadable, cells {@code null} where
     * the label row is missing.
     *
     * @param sheet the cover sheet's name as the file spells it, {@code null} when there is no cover sheet
     */
    public record Cover(
            String sheet,
            String unitCode,
            String unitCodeCell,
            String unitName,
            String unitNameCell,
            YearMonth period,
            String reporter,
            String phone) {}

    /** 工作指标 as read; {@code null} for a blank figure. */
    public record Activity(Integer trips, Integer leaderTrips, Integer companiesVisited, Integer visitorsReceived) {}

    /**
     * @param projectCount  valid ledger rows handed to the consumer
     * @param rowsRead      non-blank ledger data rows, valid or not
     * @param ledgerSheet   the ledger sheet's name as the file spells it ({@code null} when missing)
     * @param ledgerColumns field (as {@link ReturnTemplate} names it) to 0-based column
     */
    public record ReturnContent(
            Cover cover,
            Activity activity,
            int projectCount,
            int rowsRead,
            String ledgerSheet,
            Map<String, Integer> ledgerColumns,
            IssueList issues) {}
}
