package org.zsyz.scorecard.report;

import static org.zsyz.scorecard.report.WorkbookCells.finish;
import static org.zsyz.scorecard.report.WorkbookCells.headerRow;
import static org.zsyz.scorecard.report.WorkbookCells.integer;
import static org.zsyz.scorecard.report.WorkbookCells.number;
import static org.zsyz.scorecard.report.WorkbookCells.text;
import static org.zsyz.scorecard.report.WorkbookCells.title;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zsyz.scorecard.domain.AdjustmentKind;

/**
 * Writes {@code 成绩单-<period>.xlsx}: sheet 排名 (one row per unit, as in the bulletin, with the 加分 and 扣分 in its
 * total) and sheet 明细 (one row per
 * unit × indicator, then the unit's three rates). Figures are numeric cells holding the model's values (ratios
 * as ratios formatted 0.00%, money 0.00, 万元 0.0000, counts 0, scores 0.00); "—" figures are empty cells.
 *
 * <p>Deterministic: the document dates are the publication date and the zip entries carry a fixed time, so the
 * same inputs give the same bytes. Stateless and thread-safe.
 */
public final class ScorecardWorkbookWriter {

    static final String RANKING_SHEET = "排名";
    static final String DETAIL_SHEET = "明细";

    /** Header rows above the data on both sheets: a title row and the column headings. */
    static final int HEADER_ROWS = 2;

    /** {@code 成绩单-2025-09.xlsx}. */
    public static String fileName(YearMonth period) {
        return "成绩单-" + period + ".xlsx";
    }

    public void write(Bulletin bulletin, List<UnitScorecard> scorecards, Path xlsx) {
        byte[] bytes = render(bulletin, scorecards);
        try {
            Path parent = xlsx.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(xlsx, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + xlsx, e);
        }
    }

    public byte[] render(Bulletin bulletin, List<UnitScorecard> scorecards) {
        // Streamed (SXSSF, 200 rows in memory a sheet): at nation scale the 明细 sheet has some 30,000 rows, which
        // the in-memory workbook could not hold in a 512 MB heap next to everything else.
        try (XSSFWorkbook base = new XSSFWorkbook();
                SXSSFWorkbook wb = new SXSSFWorkbook(base, 200)) {
            wb.setZip64Mode(Zip64Mode.Never); // plain entries, which withFixedEntryTimes reads back with java.util.zip
            WorkbookStyles styles = new WorkbookStyles(base);
            writeRanking(wb, styles, bulletin, scorecards);
            writeDetail(wb, styles, bulletin, scorecards);
            Date date = Date.from(publishedOn(bulletin)
                    .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                    .toInstant());
            var core = base.getProperties().getCoreProperties();
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setTitle(bulletin.title());
            core.setCreator(bulletin.issuer());
            base.getProperties().getExtendedProperties().setApplication("招商引资成绩单");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return withFixedEntryTimes(out.toByteArray(), publishedOn(bulletin).atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the workbook of " + bulletin.period(), e);
        }
    }

    private static LocalDate publishedOn(Bulletin b) {
        return b.publishedOn() == null ? b.period().atEndOfMonth() : b.publishedOn();
    }

    // ---------------------------------------------------------------- 排名

    private void writeRanking(SXSSFWorkbook wb, WorkbookStyles st, Bulletin b, List<UnitScorecard> scorecards) {
        Sheet sheet = wb.createSheet(RANKING_SHEET);
        Map<String, UnitScorecard> cards = new HashMap<>();
        scorecards.forEach(card -> cards.put(card.unitCode(), card));
        List<String> headers =
                new ArrayList<>(List.of("考核组别", "排名", "排名变化", "单位代码", "单位名称", "总分", "其中加分", "其中扣分", "等次", "报送状态"));
        for (IndicatorHeading h : b.indicators()) {
            // a figure with a target shows its 完成率; a rate is shown as itself
            headers.add(h.rate() ? h.shortName() : h.shortName() + "完成率");
            headers.add(h.shortName() + "排名");
        }
        title(sheet, st, b.title() + " 排名", headers.size());
        headerRow(sheet, st, headers);
        int r = HEADER_ROWS;
        for (GroupRanking g : b.groups()) {
            for (RankingRow row : g.rows()) {
                Row x = sheet.createRow(r++);
                int c = 0;
                text(x, c++, g.groupName(), st.text);
                integer(x, c++, row.rank(), st.integer);
                text(x, c++, row.rankChange(), st.centre);
                text(x, c++, row.unitCode(), st.text);
                text(x, c++, row.unitName(), st.text);
                number(x, c++, row.totalScore(), st.score);
                UnitScorecard card = cards.get(row.unitCode());
                number(x, c++, card == null ? null : adjustments(card, AdjustmentKind.BONUS), st.signedScore);
                number(x, c++, card == null ? null : adjustments(card, AdjustmentKind.DEDUCTION), st.signedScore);
                text(x, c++, Formats.label(row.grade()), st.centre);
                text(x, c++, Formats.label(row.reportStatus()), st.centre);
                for (IndicatorCell cell : row.cells()) {
                    number(x, c++, cell.completionRate(), st.percent(cell.band()));
                    integer(x, c++, cell.rank(), st.integer);
                }
            }
        }
        finish(sheet, headers, r, 5);
    }

    /** The sum of a scorecard's 加分 (or 扣分) lines, as on the PDF; 0 when it has none. */
    static BigDecimal adjustments(UnitScorecard card, AdjustmentKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScorePart part : card.scoreParts()) {
            if (part.label() != null && part.label().startsWith(kind.label()) && part.points() != null) {
                sum = sum.add(part.points());
            }
        }
        return sum;
    }

    // ---------------------------------------------------------------- 明细

    private void writeDetail(SXSSFWorkbook wb, WorkbookStyles st, Bulletin b, List<UnitScorecard> scorecards) {
        Sheet sheet = wb.createSheet(DETAIL_SHEET);
        List<String> headers = List.of(
                "考核组别",
                "单位代码",
                "单位名称",
                "指标代码",
                "指标",
                "计量单位",
                "年度目标",
                "序时目标",
                "累计完成",
                "完成率/比率",
                "序时差(个百分点)",
                "同比",
                "得分",
                "权重",
                "单项排名",
                "着色",
                "分子",
                "分母",
                "基准");
        title(sheet, st, b.title() + " 明细", headers.size());
        headerRow(sheet, st, headers);
        int r = HEADER_ROWS;
        for (UnitScorecard s : scorecards) {
            for (IndicatorLine l : s.indicators()) {
                Row x = sheet.createRow(r++);
                int c = unitColumns(x, st, s);
                text(x, c++, l.code(), st.text);
                text(x, c++, l.name(), st.text);
                text(x, c++, l.unitOfMeasure(), st.centre);
                CellStyle figure = st.figure(l.unitOfMeasure());
                number(x, c++, l.target(), figure);
                // a count's 序时目标 may be fractional (7 × 3/12 = 1.75): General shows it as it is
                number(x, c++, l.scheduleTarget(), Formats.isCount(l.unitOfMeasure()) ? st.general : figure);
                number(x, c++, l.ytd(), figure);
                number(x, c++, l.completionRate(), st.percent(l.band()));
                number(x, c++, l.scheduleGap(), st.points);
                number(x, c++, l.yoy(), st.signedPercent);
                number(x, c++, l.score(), st.score);
                number(x, c++, l.weight(), st.score);
                integer(x, c++, l.rank(), st.integer);
                text(x, c, l.band() == null ? null : l.band().label(), st.centre);
            }
            for (RateLine rate : s.rates()) {
                Row x = sheet.createRow(r++);
                int c = unitColumns(x, st, s);
                text(x, c++, rate.code(), st.text);
                text(x, c++, rate.name(), st.text);
                c += 4; // 计量单位, 年度目标, 序时目标, 累计完成 do not apply
                number(x, c++, rate.rate(), st.percent(null));
                c += 2; // 序时差, 同比
                number(x, c++, rate.score(), st.score);
                number(x, c++, rate.weight(), st.score);
                integer(x, c++, rate.rank(), st.integer);
                c++; // 着色
                // a ratio of sums (资金到位率, or a method's own) shows decimals; a ratio of project counts does not
                CellStyle figure = "R_FUNDS".equals(rate.code())
                                || !WorkbookCells.whole(rate.numerator())
                                || !WorkbookCells.whole(rate.denominator())
                        ? st.money
                        : st.count;
                number(x, c++, rate.numerator(), figure);
                number(x, c++, rate.denominator(), figure);
                number(x, c, rate.benchmark(), st.percent(null));
            }
        }
        finish(sheet, headers, r, 5);
    }

    private static int unitColumns(Row x, WorkbookStyles st, UnitScorecard s) {
        text(x, 0, s.groupName(), st.text);
        text(x, 1, s.unitCode(), st.text);
        text(x, 2, s.unitName(), st.text);
        return 3;
    }

    /**
     * Rewrites the zip with a fixed time on every entry, so that the bytes depend neither on the wall clock nor on
     * the default time zone (a local date-time goes into the DOS time field as it is).
     */
    public static byte[] withFixedEntryTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
