package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.returns.BadReturnCorpusTests.Maker;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.returns.TestWorkbook.Formula;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * Sums computed by formulas are stored with a double's binary noise (3.0999999999999996 for =0.7+2.4): imported
 * through the real importer and database they are the 3.1, 0.072 and 0.3 the unit sees, from files saved by POI,
 * written as Excel writes them, and saved by LibreOffice, in both formats. A figure with too many decimals even
 * at Excel's 15 digits is still refused, on its cell, shown as the unit sees it.
 */
abstract class ExcelSumsImportTests extends ImportTestBase {

    record Source(String name, String fileName, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Source> sources() {
        return Stream.of(
                new Source(
                        "POI .xlsx with cached results",
                        "410711.xlsx",
                        f -> ExcelSums.sums(true).write(f, Format.XLSX)),
                new Source(
                        "POI .xls with cached results",
                        "410711.xls",
                        f -> ExcelSums.sums(true).write(f, Format.XLS)),
                new Source(".xlsx written as Excel writes 17 digits", "410711.xlsx", ExcelSums::handWritten),
                new Source(
                        "saved by LibreOffice as .xlsx",
                        "410711.xlsx",
                        f -> ExcelSums.savedByLibreOffice(Format.XLSX, f)),
                new Source(
                        "saved by LibreOffice as .xls",
                        "410711.xls",
                        f -> ExcelSums.savedByLibreOffice(Format.XLS, f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void formulaSumsAreImportedAsExcelShowsThem(Source source) throws Exception {
        Files.createDirectories(inbox(PERIOD));
        Path file = source.maker().make(inbox(PERIOD).resolve(source.fileName()));

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(outcome.issues()).filteredOn(ImportIssue::isError).isEmpty();
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(stored("contract_amount", "XM-001")).isEqualTo(new BigDecimal("3.1"));
        assertThat(stored("funds_this_year", "XM-001")).isEqualTo(new BigDecimal("0.072"));
        assertThat(stored("funds_total", "XM-001")).isEqualTo(new BigDecimal("3"));
        assertThat(stored("funds_total", "XM-002")).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void aFigureTooPreciseEvenAtFifteenDigitsIsStillRefusedOnItsCell() throws Exception {
        Files.createDirectories(inbox(PERIOD));
        // 万元 allow 4 decimals; =1.2345+0.00006 is stored as 1.2345599999999999 and shown as 1.23456
        Path file = TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "H1", "合同投资额(万元)")
                .set(ReturnTemplate.LEDGER_SHEET, "H2", new Formula("1.2345+0.00006", 1.2345 + 0.00006))
                .set(ReturnTemplate.LEDGER_SHEET, "H3", new BigDecimal("1.23456"))
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);

        ImportOutcome outcome = importFile(file, PERIOD);

        String message = "小数位数过多，金额应最多精确到元（万元最多4位小数）";
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(outcome.issues())
                .filteredOn(ImportIssue::isError)
                .containsExactly(
                        new ImportIssue(
                                ImportIssue.Severity.ERROR,
                                ReturnTemplate.LEDGER_SHEET,
                                "H2",
                                "合同投资额",
                                "1.23456",
                                message),
                        new ImportIssue(
                                ImportIssue.Severity.ERROR,
                                ReturnTemplate.LEDGER_SHEET,
                                "H3",
                                "合同投资额",
                                "1.23456",
                                message));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_project", Integer.class))
                .isZero();
    }

    /** The stored figure without the column's trailing zeros: 3.1, not 3.10000000. */
    private BigDecimal stored(String column, String projectNo) {
        return jdbc.queryForObject(
                        "SELECT " + column + " FROM ledger_project WHERE project_no = ?", BigDecimal.class, projectNo)
                .stripTrailingZeros();
    }
}
