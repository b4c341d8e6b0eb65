package org.zsyz.scorecard.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** SAX handler for one worksheet part: turns {@code <row>/<c>} elements into {@link SheetRow}s. */
final class XlsxSheetHandler extends DefaultHandler {

    private final String sheetName;
    private final ReadOnlySharedStringsTable strings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private final SheetVisitor visitor;
    private final ReadLimits limits;

    private int rowIndex = -1;
    private boolean rowHidden;
    private List<RawCell> cells;
    private int rowsSeen;

    private String cellType;
    private int cellStyle;
    private int cellColumn;
    private int nextColumn;
    private boolean hasFormula;
    private boolean inValue;
    private boolean inInlineText;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean valueSeen;

    XlsxSheetHandler(
            String sheetName,
            ReadOnlySharedStringsTable strings,
            boolean[] dateStyles,
            boolean date1904,
            SheetVisitor visitor,
            ReadLimits limits) {
        this.sheetName = sheetName;
        this.strings = strings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
        this.visitor = visitor;
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "row" -> {
                String r = a.getValue("r");
                rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                rowHidden = "1".equals(a.getValue("hidden")) || "true".equals(a.getValue("hidden"));
                cells = new ArrayList<>();
                nextColumn = 0;
                if (++rowsSeen > limits.maxRowsPerSheet()) {
                    throw new VisitorCalls.TooManyRowsException(sheetName, limits);
                }
            }
            case "c" -> {
                String ref = a.getValue("r");
                cellColumn = ref != null ? CellRef.columnOf(ref) : nextColumn;
                nextColumn = cellColumn + 1;
                cellType = a.getValue("t");
                String s = a.getValue("s");
                cellStyle = s == null ? 0 : Integer.parseInt(s);
                hasFormula = false;
                valueSeen = false;
                value.setLength(0);
                inline.setLength(0);
            }
            case "f" -> hasFormula = true;
            case "v" -> {
                inValue = true;
                valueSeen = true;
            }
            case "t" -> {
                if ("inlineStr".equals(cellType)) {
                    inInlineText = true;
                    valueSeen = true;
                }
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> {
                RawCell cell = toCell();
                if (cell != null) {
                    cells.add(cell);
                }
            }
            case "row" -> {
                if (!cells.isEmpty()) {
                    SheetRow row = new SheetRow(rowIndex, rowHidden, List.copyOf(cells));
                    VisitorCalls.guard(() -> visitor.row(row));
                }
            }
            default -> {}
        }
    }

    private RawCell toCell() {
        if (!valueSeen) {
            return hasFormula ? new RawCell(cellColumn, RawCell.Kind.FORMULA_WITHOUT_VALUE, "", null, null) : null;
        }
        String v = value.toString();
        if (cellType == null || "n".equals(cellType)) {
            if (v.isEmpty()) {
                return null;
            }
            BigDecimal number = new BigDecimal(v.trim());
            if (isDateStyle(cellStyle)) {
                LocalDateTime when = DateUtil.getLocalDateTime(number.doubleValue(), date1904, true);
                if (when != null) {
                    return RawCell.date(cellColumn, number, when);
                }
            }
            return RawCell.number(cellColumn, number);
        }
        return switch (cellType) {
            case "s" ->
                RawCell.text(
                        cellColumn,
                        strings.getItemAt(Integer.parseInt(v.trim())).getString());
            case "inlineStr" -> RawCell.text(cellColumn, inline.toString());
            case "str" -> RawCell.text(cellColumn, v);
            case "b" ->
                new RawCell(cellColumn, RawCell.Kind.BOOLEAN, "1".equals(v.trim()) ? "TRUE" : "FALSE", null, null);
            case "e" -> new RawCell(cellColumn, RawCell.Kind.ERROR, v, null, null);
            case "d" -> {
                LocalDateTime when = java.time.LocalDateTime.parse(v.length() == 10 ? v + "T00:00" : v);
                yield RawCell.date(cellColumn, null, when);
            }
            default -> RawCell.text(cellColumn, v);
        };
    }

    private boolean isDateStyle(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.length && dateStyles[styleIndex];
    }
}
