package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * Proves the import streams: a 200,000-row ledger saved the way Excel saves it (shared strings table) is
 * imported by the real command line in a separate JVM limited to a 128 MB heap, into an H2 file database.
 */
class LargeLedgerImportTests {

    static final int ROWS = 200_000;

    @TempDir
    Path home;

    /** Strings shared per row (number, name, investor), then the few repeated ones. */
    static RawXlsx largeReturn() {
        List<String> fixed = List.of("省外", "工业", "已开工", "2024-01-10", "2024-02-01", "是");
        int fixedBase = 3 * ROWS;
        RawXlsx.Part ledger = out -> {
            out.write(RawXlsx.SHEET_START + "<row r=\"1\">");
            List<String> headers = ReturnTemplate.ledgerHeaders();
            for (int c = 0; c < headers.size(); c++) {
                RawXlsx.cell(out, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "1", headers.get(c));
            }
            out.write("</row>");
            StringBuilder row = new StringBuilder(512);
            for (int i = 0; i < ROWS; i++) {
                int r = i + 2;
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">");
                shared(row, "A", r, 3 * i);
                shared(row, "B", r, 3 * i + 1);
                shared(row, "C", r, 3 * i + 2);
                shared(row, "D", r, fixedBase);
                shared(row, "E", r, fixedBase + 1);
                shared(row, "F", r, fixedBase + 2);
                shared(row, "G", r, fixedBase + 3);
                row.append("<c r=\"H").append(r).append("\"><v>1.5</v></c>");
                shared(row, "I", r, fixedBase + 4);
                row.append("<c r=\"J").append(r).append("\"><v>0.8</v></c>");
                row.append("<c r=\"K").append(r).append("\"><v>0.5</v></c>");
                shared(row, "M", r, fixedBase + 5);
                row.append("</row>");
                out.append(row);
            }
            out.write(RawXlsx.SHEET_END);
        };
        RawXlsx.Part strings = out -> {
            int unique = 3 * ROWS + fixed.size();
            out.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                            + (ROWS * 10) + "\" uniqueCount=\"" + unique + "\">");
            for (int i = 0; i < ROWS; i++) {
                String n = String.format("%06d", i + 1);
                si(out, "XM-2024-" + n);
                si(out, "招商引资重点项目" + n + "号智能制造产业园");
                si(out, "某某投资控股集团有限公司第" + n + "分公司");
            }
            for (String s : fixed) {
                si(out, s);
            }
            out.write("</sst>");
        };
        return RawXlsx.returnWith(ledger).sharedStrings(strings);
    }

    private static void shared(StringBuilder row, String column, int r, int index) {
        row.append("<c r=\"")
                .append(column)
                .append(r)
                .append("\" t=\"s\"><v>")
                .append(index)
                .append("</v></c>");
    }

    private static void si(Writer out, String text) throws IOException {
        out.write("<si><t>" + text + "</t></si>");
    }

    @Test
    void aTwoHundredThousandRowLedgerImportsInA128MegabyteHeap() throws Exception {
        Path targets = home.resolve("targets-2024.xlsx");
        new TargetsWorkbookWriter()
                .write(
                        new TargetsWorkbook(
                                2024,
                                List.of(new UnitTargets(
                                        TestWorkbook.UNIT,
                                        TestWorkbook.UNIT_NAME,
                                        "城区",
                                        true,
                                        Map.of(Indicator.I1, new BigDecimal("20"))))),
                        targets);
        Path file = largeReturn().write(home.resolve("inbox").resolve("2024-03").resolve("410711.xlsx"));
        Files.setLastModifiedTime(
                file,
                FileTime.from(LocalDateTime.of(2024, 4, 2, 9, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant()));
        assertThat(Files.size(file)).as("zipped size").isBetween(2_000_000L, 64L * 1024 * 1024);

        assertThat(scorecard("import-targets", targets.toString())).contains("已导入 2024 年目标任务书");
        String table = scorecard("import-returns", "--period", "2024-03");

        assertThat(table).contains("410711.xlsx", "410711 牧野区", "已接收", "200000");
        try (Connection db = DriverManager.getConnection(
                        "jdbc:h2:file:" + home.resolve("data").resolve("scorecard")
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                        "sa",
                        "");
                Statement query = db.createStatement();
                ResultSet sums = query.executeQuery(
                        "SELECT COUNT(*), SUM(funds_this_year), MAX(project_name) " + "FROM ledger_project")) {
            sums.next();
            assertThat(sums.getInt(1)).isEqualTo(ROWS);
            assertThat(sums.getBigDecimal(2)).isEqualByComparingTo("100000");
            assertThat(sums.getString(3)).isEqualTo("招商引资重点项目200000号智能制造产业园");
        }
        assertThat(home.resolve("archive").resolve("2024-03").resolve("410711.xlsx"))
                .exists();
    }

    /** Runs the command line in a fresh JVM with -Xmx128m in the working folder; returns its output. */
    private String scorecard(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                "org.zsyz.scorecard.cli.ScorecardCommand"));
        command.addAll(List.of(args));
        command.add("--scorecard.home=" + home);
        Path output = home.resolve("child-output.txt");
        Process child = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time: " + text).isTrue();
        assertThat(child.exitValue()).as(text).isZero();
        return text;
    }
}
