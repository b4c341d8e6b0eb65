package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.returns.TestWorkbook.Formula;

/**
 * Returns whose money cells are sums computed by formulas, stored with the binary noise of a double: 合同投资额
 * {@code =0.7+2.4} (3.0999999999999996, Excel shows 3.1), 本年到位资金 {@code =0.172-0.1} (0.07199999999999998,
 * shows 0.072), 累计到位资金 of the second project {@code =0.1+0.2} (0.30000000000000004, shows 0.3). Made three
 * ways: by POI with the cached results, by hand as Excel writes 17 digits (0.072 as 7.1999999999999995E-2), and by
 * LibreOffice, whose saved files are test resources ({@link #makeLibreOfficeFiles} made them; CI needs no
 * LibreOffice).
 */
final class ExcelSums {

    static final String CONTRACT = "H2";
    static final String FUNDS_THIS_YEAR = "K2";
    static final String FUNDS_TOTAL_2 = "J3";

    /** The good return with the three sums; {@code cached}: with the results a spreadsheet program computed. */
    static TestWorkbook sums(boolean cached) {
        return TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, CONTRACT, new Formula("0.7+2.4", cached ? 0.7 + 2.4 : null))
                .set(
                        ReturnTemplate.LEDGER_SHEET,
                        FUNDS_THIS_YEAR,
                        new Formula("0.172-0.1", cached ? 0.172 - 0.1 : null))
                .set(ReturnTemplate.LEDGER_SHEET, FUNDS_TOTAL_2, new Formula("0.1+0.2", cached ? 0.1 + 0.2 : null));
    }

    /**
     * The sums as Excel itself writes a formula's result: 17 significant digits, so even 0.072, a double whose
     * shortest decimal is exact, is stored as 7.1999999999999995E-2.
     */
    static Path handWritten(Path file) throws IOException {
        String[] headers = TestWorkbook.LEDGER_HEADERS.toArray(String[]::new);
        return RawXlsx.returnWith(out -> {
                    out.write(RawXlsx.SHEET_START);
                    out.write("<row r=\"1\">");
                    for (int c = 0; c < headers.length; c++) {
                        RawXlsx.cell(
                                out, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "1", headers[c]);
                    }
                    out.write("</row><row r=\"2\">");
                    Object[] row = {"XM-001", "智能装备产业园", "甲投资有限公司", "省外", "工业", "已开工", "2024-01-10"};
                    for (int c = 0; c < row.length; c++) {
                        RawXlsx.cell(out, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "2", row[c]);
                    }
                    out.write("<c r=\"H2\"><f>0.7+2.4</f><v>3.0999999999999996</v></c>");
                    RawXlsx.cell(out, "I2", "2024-02-01");
                    out.write("<c r=\"J2\"><f>1.5*2</f><v>3</v></c>");
                    out.write("<c r=\"K2\"><f>0.036*2</f><v>7.1999999999999995E-2</v></c>");
                    out.write("</row><row r=\"3\">");
                    Object[] second = {"XM-002", "跨境物流中心", "乙贸易公司", "境外", "商贸物流", "已签约", "2024-02-15", 2.5};
                    for (int c = 0; c < second.length; c++) {
                        RawXlsx.cell(
                                out, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "3", second[c]);
                    }
                    out.write("<c r=\"J3\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>");
                    out.write("<c r=\"K3\"><v>0</v></c><c r=\"L3\"><v>300</v></c>");
                    out.write("</row>");
                    out.write(RawXlsx.SHEET_END);
                })
                .write(file);
    }

    /** A LibreOffice-saved copy of {@link #sums}: {@code libreoffice-sums.xlsx} or {@code .xls}. */
    static Path savedByLibreOffice(Format format, Path file) throws IOException {
        try (InputStream in =
                ExcelSums.class.getResourceAsStream("/returns/excel-sums/libreoffice-sums" + format.extension())) {
            if (in == null) {
                throw new IllegalStateException("missing test resource libreoffice-sums" + format.extension());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /**
     * Remakes the LibreOffice files: {@code mvn test -Dtest=ExcelSums -Dscorecard.make-fixtures=<folder>} with
     * {@code soffice} on the path writes {@code libreoffice-sums.xlsx/.xls} into the folder, LibreOffice having
     * calculated the formulas (the source has none of their results) and saved them.
     */
    @Test
    @EnabledIfSystemProperty(named = "scorecard.make-fixtures", matches = ".+")
    void makeLibreOfficeFiles() throws Exception {
        Path folder = Path.of(System.getProperty("scorecard.make-fixtures")).toAbsolutePath();
        Path work = Files.createTempDirectory("excel-sums");
        Path source = sums(false).write(work.resolve("libreoffice-sums.xlsx"), Format.XLSX);
        for (String format : List.of("xlsx", "xls")) {
            Path out = Files.createDirectories(work.resolve(format));
            List<String> command = new ArrayList<>(List.of(
                    "soffice",
                    "-env:UserInstallation=file://" + work + "/profile",
                    "--headless",
                    "--convert-to",
                    format,
                    "--outdir",
                    out.toString(),
                    source.toString()));
            Process soffice = new ProcessBuilder(command).inheritIO().start();
            if (!soffice.waitFor(5, TimeUnit.MINUTES) || soffice.exitValue() != 0) {
                throw new IllegalStateException("soffice failed: " + command);
            }
            Files.createDirectories(folder);
            Files.copy(
                    out.resolve("libreoffice-sums." + format),
                    folder.resolve("libreoffice-sums." + format),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
