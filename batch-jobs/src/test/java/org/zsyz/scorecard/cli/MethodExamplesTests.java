package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zsyz.scorecard.report.PdfText;
import org.zsyz.scorecard.returns.ReturnTemplate;
import org.zsyz.scorecard.sample.MethodFiles;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.targets.TargetsTemplate;

/**
 * Every example method of docs/methods/ from nothing to PDFs, on H2: {@code sample-data --method} writes a city fitted
 * to it (and installs it as the year's method), the targets are imported, {@code monthly} imports, assesses and
 * publishes the latest month; the method's own indicators must then be the columns of the targets template, the
 * bulletin, a unit's scorecard and the xlsx.
 */
class MethodExamplesTests {

    static final Path METHODS = Path.of("..", "docs", "methods");
    static final int YEAR = 2025;

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(METHODS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    int run(boolean app, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (app) {
            all.add("--scorecard.home=" + home);
            all.add("--scorecard.progress.terminal=never");
        }
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theDefaultExampleIsTheShippedDefaultMethod() throws IOException {
        try (InputStream shipped = MethodExamplesTests.class.getResourceAsStream("/method/default-method.yaml")) {
            assertThat(Files.readString(METHODS.resolve("01-default.yaml")))
                    .isEqualTo(new String(shipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anExampleMethodRunsFromNothingToPdfsWithItsOwnColumns(String name) throws Exception {
        Path method = METHODS.resolve(name).toAbsolutePath();
        org.zsyz.scorecard.assess.AssessmentRules rules =
                MethodFiles.read(method, YEAR).rules();
        IndicatorCatalogue catalogue = rules.catalogue();
        assertThat(catalogue.size()).isGreaterThanOrEqualTo(3);

        assertThat(run(false, "sample-data", "--out", home.toString(), "--method", method.toString(), "--periods", "1"))
                .as(err.toString())
                .isZero();
        assertThat(home.resolve("rules/assessment-" + YEAR + ".yml")).exists();
        Path targets = home.resolve("targets-" + YEAR + ".xlsx");
        assertThat(headers(targets, "年度目标")).isEqualTo(TargetsTemplate.targetHeaders(catalogue));

        Path blank = home.resolve("blank-targets.xlsx");
        assertThat(run(
                        false,
                        "template",
                        "targets",
                        "--year",
                        "" + YEAR,
                        "--out",
                        blank.toString(),
                        "--method",
                        method.toString()))
                .as(err.toString())
                .isZero();
        assertThat(headers(blank, "年度目标")).isEqualTo(TargetsTemplate.targetHeaders(catalogue));

        assertThat(run(true, "import-targets", targets.toString()))
                .as(out + "\n" + err)
                .isZero();
        assertThat(run(true, "monthly", "--period", YEAR + "-09"))
                .as(out + "\n" + err)
                .isZero();

        // the method's extra ledger columns: in the sample returns and in the next month's template, pre-filled
        List<String> extraHeaders = rules.definitions().columns().all().stream()
                .map(org.zsyz.scorecard.assess.LedgerColumn::header)
                .toList();
        String unitCode = firstUnit();
        Path template = home.resolve("template-" + unitCode + ".xlsx");
        assertThat(run(
                        true,
                        "template",
                        "return",
                        "--unit",
                        unitCode,
                        "--period",
                        YEAR + "-10",
                        "--out",
                        template.toString()))
                .as(out + "\n" + err)
                .isZero();
        List<String> ledgerHeaders = headers(template, "项目台账");
        assertThat(ledgerHeaders.subList(ReturnTemplate.ledgerHeaders().size(), ledgerHeaders.size()))
                .isEqualTo(extraHeaders);
        if (!extraHeaders.isEmpty()) {
            assertThat(columnValues(
                            template, "项目台账", ReturnTemplate.ledgerHeaders().size()))
                    .as("pre-filled " + extraHeaders.get(0))
                    .contains("是", "否");
        }

        List<Path> published = published();
        Path bulletin = published.stream()
                .filter(p -> p.getFileName().toString().equals("全市成绩单-" + YEAR + "-09.pdf"))
                .findFirst()
                .orElseThrow();
        String bulletinText = PdfText.text(bulletin);
        Path card = published.stream()
                .filter(p -> p.getFileName().toString().endsWith("-" + YEAR + "-09.pdf") && !p.equals(bulletin))
                .filter(p -> !p.getParent().getFileName().toString().equals("督办单"))
                .findFirst()
                .orElseThrow();
        String cardText = PdfText.text(card);
        Path xlsx = published.stream()
                .filter(p -> p.getFileName().toString().equals("成绩单-" + YEAR + "-09.xlsx"))
                .findFirst()
                .orElseThrow();
        List<String> rankingHeaders = headers(xlsx, "排名", 1);
        // the targets were imported and used: the best unit scores like a real one (a method whose targets were all
        // missing scores only its bonuses), and its indicators show 完成率 figures
        assertThat(bestTotal(xlsx)).isGreaterThan(60.0);
        assertThat(bulletinText).containsPattern("\\d+\\.\\d{2}%（\\d+）");
        // the trend chart shows the method's first weighted indicator with a target; the 比率 section is there
        // only when the method has indicators without a target (the later sections renumber)
        Indicator charted = catalogue.withTargets().stream()
                .filter(i -> rules.rule(i).weight().signum() > 0)
                .findFirst()
                .orElseThrow();
        assertThat(cardText).contains(charted.fullName() + "完成率(%)");
        if (catalogue.rates().isEmpty()) {
            assertThat(cardText).contains("二、得分构成", "五、预警提示").doesNotContain("六、预警提示");
        } else {
            assertThat(cardText).contains("三、得分构成", "六、预警提示");
        }
        for (Indicator i : catalogue.all()) {
            // a long head wraps inside its cell (新签约亿元项 / 目): its first line is what the text shows together
            String head = i.shortName().substring(0, Math.min(5, i.shortName().length()));
            assertThat(bulletinText).as("bulletin column of " + i.code()).contains(head);
            assertThat(cardText).as("scorecard line of " + i.code()).contains(i.fullName());
            assertThat(rankingHeaders)
                    .as("xlsx column of " + i.code())
                    .contains(i.hasTarget() ? i.shortName() + "完成率" : i.shortName());
        }
    }

    private List<Path> published() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(home.resolve("inbox")))
                    .toList();
        }
    }

    /** The highest 总分 on the xlsx's 排名 sheet (column 6, below the title and header rows). */
    static double bestTotal(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            double best = Double.NEGATIVE_INFINITY;
            var sheet = wb.getSheet("排名");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Cell total = sheet.getRow(r).getCell(5);
                if (total != null && total.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    best = Math.max(best, total.getNumericCellValue());
                }
            }
            return best;
        }
    }

    /** A unit code of the sample city: the name of a return in the inbox of the latest month. */
    private String firstUnit() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d+\\.xlsx"))
                    .map(p -> p.getFileName().toString().replace(".xlsx", ""))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The texts of one column below the header row. */
    static List<String> columnValues(Path xlsx, String sheet, int column) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var s = wb.getSheet(sheet);
            List<String> values = new ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && s.getRow(r).getCell(column) != null) {
                    values.add(f.formatCellValue(s.getRow(r).getCell(column)));
                }
            }
            return values;
        }
    }

    static List<String> headers(Path xlsx, String sheet) throws IOException {
        return headers(xlsx, sheet, 0);
    }

    static List<String> headers(Path xlsx, String sheet, int rowIndex) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet(sheet).getRow(rowIndex);
            List<String> texts = new ArrayList<>();
            for (Cell c : row) {
                texts.add(c.getStringCellValue());
            }
            return texts;
        }
    }
}
