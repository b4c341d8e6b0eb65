package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardWorkbookWriterTest {

    static Bulletin bulletin;
    static List<UnitScorecard> cards;
    static byte[] xlsx;

    @BeforeAll
    static void render() {
        bulletin = SampleCity.bulletin();
        cards = SampleCity.scorecards();
        xlsx = new ScorecardWorkbookWriter().render(bulletin, cards);
    }

    static XSSFWorkbook open() throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The data row whose column {@code col} holds {@code value}, plus a second key when given. */
    static Row row(Sheet sheet, int col, String value, int col2, String value2) {
        for (Row r : sheet) {
            if (r.getRowNum() < ScorecardWorkbookWriter.HEADER_ROWS) {
                continue;
            }
            Cell a = r.getCell(col);
            Cell b = col2 < 0 ? null : r.getCell(col2);
            if (a != null
                    && value.equals(a.getStringCellValue())
                    && (b == null || value2.equals(b.getStringCellValue()))) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " / " + value2);
    }

    static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(1)) {
            if (header.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    static void assertNumber(Cell cell, BigDecimal expected, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected.doubleValue());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    @Test
    void rankingSheetHoldsEveryUnitWithNumericFigures() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet("排名");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("示例市招商引资工作成绩单（2025年1—12月）");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("考核组别");
            assertThat(sheet.getLastRowNum() + 1 - ScorecardWorkbookWriter.HEADER_ROWS)
                    .isEqualTo(13);

            RankingRow muye = bulletin.groups().get(1).rows().get(0);
            assertThat(muye.unitName()).isEqualTo("牧野区");
            Row r = row(sheet, 4, "牧野区", -1, null);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("城区");
            assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(r.getCell(2).getStringCellValue()).isEqualTo("↑1");
            assertThat(r.getCell(3).getStringCellValue()).isEqualTo("410711");
            assertNumber(r.getCell(column(sheet, "总分")), muye.totalScore(), "0.00");
            assertThat(muye.totalScore()).isEqualByComparingTo("116.64");
            int i1 = column(sheet, "到位市外资金完成率");
            assertNumber(r.getCell(i1), muye.cells().get(0).completionRate(), "0.00%");
            assertThat(r.getCell(i1).getNumericCellValue())
                    .isCloseTo(1.148232, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(r.getCell(i1 + 1).getNumericCellValue()).isEqualTo(1.0);
            XSSFCell coloured = (XSSFCell) r.getCell(i1);
            assertThat(coloured.getCellStyle().getFillForegroundColorColor().getARGBHex())
                    .endsWith("C6EFCE");

            int fulfil = column(sheet, "合同履约率");
            assertNumber(r.getCell(fulfil), muye.cells().get(7).completionRate(), "0.00%");
            assertThat(sheet.getRow(1).getCell(fulfil + 1).getStringCellValue()).isEqualTo("合同履约率排名");

            // the adjustments inside the total, as the scorecard lists them
            assertNumber(r.getCell(column(sheet, "其中加分")), new BigDecimal("4"), "+0.00;-0.00;0.00");
            assertNumber(r.getCell(column(sheet, "其中扣分")), BigDecimal.ZERO, "+0.00;-0.00;0.00");
            Row late = row(sheet, 4, "新乡县", -1, null);
            assertNumber(late.getCell(column(sheet, "其中扣分")), new BigDecimal("-1"), "+0.00;-0.00;0.00");

            Row unranked = row(sheet, 4, "平原示范区", -1, null);
            assertThat(unranked.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            Row noTarget = row(sheet, 4, "新乡经开区", -1, null);
            assertThat(noTarget.getCell(column(sheet, "实际利用外资完成率")).getCellType())
                    .isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void detailSheetHasOneRowPerUnitAndIndicatorPlusRates() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet("明细");
            assertThat(sheet.getLastRowNum() + 1 - ScorecardWorkbookWriter.HEADER_ROWS)
                    .isEqualTo(13 * (7 + 3));

            IndicatorLine i1 = SampleCity.scorecard("410711").indicators().get(0);
            Row r = row(sheet, 1, "410711", 3, "I1");
            assertThat(r.getCell(4).getStringCellValue()).isEqualTo("到位市外资金");
            assertNumber(r.getCell(column(sheet, "年度目标")), new BigDecimal("19.8"), "0.00");
            assertNumber(r.getCell(column(sheet, "序时目标")), i1.scheduleTarget(), "0.00");
            assertNumber(r.getCell(column(sheet, "累计完成")), new BigDecimal("22.735"), "0.00");
            assertNumber(r.getCell(column(sheet, "完成率/比率")), i1.completionRate(), "0.00%");
            assertNumber(r.getCell(column(sheet, "序时差(个百分点)")), i1.scheduleGap(), "+0.00;-0.00;0.00");
            assertNumber(r.getCell(column(sheet, "同比")), i1.yoy(), "+0.00%;-0.00%;0.00%");
            assertNumber(r.getCell(column(sheet, "得分")), i1.score(), "0.00");
            assertNumber(r.getCell(column(sheet, "权重")), new BigDecimal("25"), "0.00");
            assertThat(r.getCell(column(sheet, "单项排名")).getNumericCellValue()).isEqualTo(1.0);
            assertThat(r.getCell(column(sheet, "着色")).getStringCellValue()).isEqualTo("达序时");

            Row i3 = row(sheet, 1, "410711", 3, "I3");
            assertNumber(i3.getCell(column(sheet, "累计完成")), new BigDecimal("4289"), "0.00");
            Row count = row(sheet, 1, "410711", 3, "I4");
            assertNumber(count.getCell(column(sheet, "累计完成")), new BigDecimal("7"), "0");

            Row funds = row(sheet, 1, "410711", 3, "R_FUNDS");
            RateLine rate = SampleCity.scorecard("410711").rates().get(2);
            assertNumber(funds.getCell(column(sheet, "完成率/比率")), rate.rate(), "0.00%");
            assertNumber(funds.getCell(column(sheet, "分子")), rate.numerator(), "0.00");
            assertNumber(funds.getCell(column(sheet, "分母")), rate.denominator(), "0.00");
            assertNumber(funds.getCell(column(sheet, "基准")), new BigDecimal("0.30"), "0.00%");
            Row start = row(sheet, 1, "410711", 3, "R_START");
            assertNumber(start.getCell(column(sheet, "分子")), new BigDecimal("8"), "0");

            Row noTarget = row(sheet, 1, "JK01", 3, "I3");
            assertThat(noTarget.getCell(column(sheet, "年度目标")).getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(noTarget.getCell(column(sheet, "累计完成")), new BigDecimal("960"), "0.00");
        }
    }

    @Test
    void headersAreFrozenAndFiltered() throws Exception {
        try (XSSFWorkbook wb = open()) {
            for (String name : List.of("排名", "明细")) {
                XSSFSheet sheet = wb.getSheet(name);
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(name).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(ScorecardWorkbookWriter.HEADER_ROWS);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");
                assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(11 * 256);
            }
        }
    }

    @Test
    void bytesDoNotDependOnTheDefaultTimeZoneOrLocale() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(new ScorecardWorkbookWriter().render(bulletin, cards)).isEqualTo(xlsx);
        } finally {
            java.util.TimeZone.setDefault(zone);
            java.util.Locale.setDefault(locale);
        }
    }

    @Test
    void sameInputsGiveIdenticalBytes(@TempDir Path dir) throws Exception {
        assertThat(new ScorecardWorkbookWriter().render(bulletin, cards)).isEqualTo(xlsx);
        Path file = dir.resolve(ScorecardWorkbookWriter.fileName(bulletin.period()));
        new ScorecardWorkbookWriter().write(bulletin, cards, file);
        assertThat(file.getFileName().toString()).isEqualTo("成绩单-2025-12.xlsx");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(xlsx);
        try (XSSFWorkbook wb = open()) {
            assertThat(wb.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(SampleCity.PUBLISHED
                            .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                            .toInstant()));
        }
    }
}
