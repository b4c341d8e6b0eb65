package org.zsyz.scorecard.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zsyz.scorecard.domain.ColourBand;

/** The cell styles of {@link ScorecardWorkbookWriter}'s workbook, created once per workbook. */
final class WorkbookStyles {

    final XSSFWorkbook wb;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle centre;
    final CellStyle integer;
    final CellStyle score;
    final CellStyle money;
    final CellStyle money4;
    final CellStyle count;
    final CellStyle general;
    final CellStyle points;
    final CellStyle signedScore;
    final CellStyle signedPercent;
    private final Map<ColourBand, CellStyle> percent = new HashMap<>();
    private final Font body;
    private CellStyle plainPercent;

    WorkbookStyles(XSSFWorkbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        body = wb.createFont();
        body.setFontName("宋体");
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontName("宋体");
        big.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        XSSFCellStyle h = wb.createCellStyle();
        h.setFont(bold);
        h.setWrapText(true);
        h.setAlignment(HorizontalAlignment.CENTER);
        h.setVerticalAlignment(VerticalAlignment.CENTER);
        h.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE4, (byte) 0xE9, (byte) 0xF0}, null));
        h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        border(h);
        header = h;

        text = base(body, HorizontalAlignment.LEFT, null);
        centre = base(body, HorizontalAlignment.CENTER, null);
        integer = base(body, HorizontalAlignment.CENTER, "0");
        score = base(body, HorizontalAlignment.RIGHT, "0.00");
        money = base(body, HorizontalAlignment.RIGHT, "0.00");
        money4 = base(body, HorizontalAlignment.RIGHT, "0.0000");
        count = base(body, HorizontalAlignment.RIGHT, "0");
        general = base(body, HorizontalAlignment.RIGHT, "General");
        points = base(body, HorizontalAlignment.RIGHT, "+0.00;-0.00;0.00");
        signedScore = points;
        signedPercent = base(body, HorizontalAlignment.RIGHT, "+0.00%;-0.00%;0.00%");
    }

    private XSSFCellStyle base(Font font, HorizontalAlignment align, String format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        border(s);
        return s;
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** 0.00%, filled with the band colour when there is one. */
    CellStyle percent(ColourBand band) {
        if (band == null) {
            if (plainPercent == null) {
                plainPercent = base(body, HorizontalAlignment.RIGHT, "0.00%");
            }
            return plainPercent;
        }
        return percent.computeIfAbsent(band, b -> {
            XSSFCellStyle s = base(body, HorizontalAlignment.RIGHT, "0.00%");
            s.setFillForegroundColor(new XSSFColor(rgb(b.fillColour()), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    /** The number format of a figure by its unit of measure (see {@link Formats#decimalsFor}). */
    CellStyle figure(String unitOfMeasure) {
        return switch (Formats.decimalsFor(unitOfMeasure)) {
            case 0 -> count;
            case 4 -> money4;
            default -> money;
        };
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
