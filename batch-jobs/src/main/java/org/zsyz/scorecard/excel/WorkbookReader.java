package org.zsyz.scorecard.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads a workbook sheet by sheet, row by row. {@code .xlsx} is streamed with SAX over the package parts
 * (never POI's user model), so memory does not grow with the number of rows; numbers are read from the
 * decimal text the file stores, at Excel's 15 significant digits ({@link RawCell#number}). {@code .xls}
 * (Excel 97–2003, at most 65,536 rows a sheet) goes through HSSF. The format is decided by the file's content,
 * not its name.
 */
public final class WorkbookReader {

    private final ReadLimits limits;

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
        limits.applyToPoi();
    }

    public void read(Path file, WorkbookVisitor visitor) throws UnreadableWorkbookException {
        long size;
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            size = Files.size(file);
            magic = size == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("无法读取文件：" + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException("文件大小 " + bytes(size) + " 超过上限 " + bytes(limits.maxFileBytes())
                    + "，正常的报表远小于此，请删除与报表无关的内容（如图片）后重新提交");
        }
        switch (magic) {
            case OOXML -> readXlsx(file, visitor);
            case OLE2 -> readOle2(file, visitor);
            case PDF -> throw new UnreadableWorkbookException("文件是PDF文档，不是Excel工作簿，请提交 .xlsx 或 .xls 格式的报表");
            case UNKNOWN -> throw new UnreadableWorkbookException(size == 0 ? "文件是空的（0字节）"
                    : "文件不是Excel工作簿（无法识别的文件格式），请提交 .xlsx 或 .xls 格式的报表");
            default -> throw new UnreadableWorkbookException("文件不是Excel工作簿（识别为 " + magic
                    + " 格式），请提交 .xlsx 或 .xls 格式的报表");
        }
    }

    // ---------------------------------------------------------------- xlsx

    private void readXlsx(Path file, WorkbookVisitor visitor) throws UnreadableWorkbookException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = readDate1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            boolean[] dateStyles = dateStyles(pkg);

            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            // The iterator yields streams lazily; collect names first by a second iterator.
            XSSFReader.SheetIterator namesOnly = reader.getSheetIterator();
            while (namesOnly.hasNext()) {
                namesOnly.next().close();
                names.add(namesOnly.getSheetName());
            }
            guard(() -> visitor.sheetNames(List.copyOf(names)));
            while (sheets.hasNext()) {
                try (InputStream sheetData = sheets.next()) {
                    String name = sheets.getSheetName();
                    SheetVisitor sheetVisitor = guard(() -> visitor.sheet(name));
                    if (sheetVisitor == null) {
                        continue;
                    }
                    XMLReader xml = sheetXmlReader();
                    xml.setContentHandler(new SheetHandler(name, strings, dateStyles, date1904, sheetVisitor, limits));
                    xml.parse(new InputSource(sheetData));
                    guard(sheetVisitor::end);
                }
            }
        } catch (TooManyRowsException e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            rethrowVisitorFailure(e);
            throw new UnreadableWorkbookException(xlsxProblem(e), e);
        }
    }

    /**
     * Which cell styles format a number as a date, decided once per workbook: asking POI per cell builds a style
     * object and matches its format string every time, which was a good part of the reading time of a ledger. The
     * styles part is read with plain SAX for the two things needed (the custom number formats and each cell
     * style's format id): POI's StylesTable builds the whole XMLBeans model, a fixed cost that dominated the
     * reading of a 300-row return.
     */
    private static boolean[] dateStyles(OPCPackage pkg) throws IOException, SAXException,
            ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new boolean[0];
        }
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "numFmt" -> {
                        Integer id = formatId(attributes.getValue("numFmtId"));
                        if (id != null) {
                            customFormats.put(id, attributes.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = formatId(attributes.getValue("numFmtId"));
                            styleFormats.add(id == null ? 0 : id);
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if ("cellXfs".equals(localName)) {
                    inCellXfs = false;
                }
            }
        });
        try (InputStream in = parts.get(0).getInputStream()) {
            xml.parse(new InputSource(in));
        }
        boolean[] dates = new boolean[styleFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = styleFormats.get(i);
            String format = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dates[i] = format != null && DateUtil.isADateFormat(id, format);
        }
        return dates;
    }

    private static Integer formatId(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final SAXParserFactory SHEET_PARSERS = newSheetParsers();

    private static SAXParserFactory newSheetParsers() {
        SAXParserFactory factory = new com.fasterxml.aalto.sax.SAXParserFactoryImpl();
        factory.setNamespaceAware(true);
        return factory;
    }

    /**
     * The SAX reader for a sheet part, where nearly all of a return's bytes are: Aalto, which scans about twice as
     * fast as the JDK's parser. It resolves no external entities; a DOCTYPE (never in a real sheet, and the way in
     * for entity expansion) is refused as soon as it starts, before any entity is declared.
     */
    private static XMLReader sheetXmlReader() throws SAXException, ParserConfigurationException {
        XMLReader xml = SHEET_PARSERS.newSAXParser().getXMLReader();
        xml.setProperty("http://xml.org/sax/properties/lexical-handler", new DefaultHandler2() {
            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
                throw new SAXException("DOCTYPE is not allowed in a sheet part");
            }
        });
        return xml;
    }

    /** The unit's words for why an .xlsx package could not be read: a safety limit, or damage. */
    private String xlsxProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max. ratio")) {
                return "文件压缩比异常（解压后超过压缩大小的 " + Math.round(1 / limits.minInflateRatio())
                        + " 倍），疑似压缩炸弹，已拒收";
            }
            if (message.contains("Zip bomb") || message.contains("max size of the expanded")) {
                return "文件解压后超过 " + limits.maxEntryBytes() / (1024 * 1024) + " MB 的上限，疑似压缩炸弹，已拒收";
            }
            if (message.contains("number of files") || message.contains("MaxFileCount")) {
                return "文件包含的部件超过 " + limits.maxPackageParts() + " 个，不是正常的Excel工作簿，已拒收";
            }
            if (message.contains("DOCTYPE") || message.contains("ntity")) {
                return "工作簿的XML含有DOCTYPE或实体定义（正常的Excel文件没有，可能是XML实体膨胀攻击），已拒收";
            }
        }
        if (e instanceof NotOfficeXmlFileException || e instanceof InvalidFormatException) {
            return "文件不是有效的 .xlsx 工作簿（是压缩包，但缺少工作簿的组成部分），请用Excel或WPS另存为 .xlsx 后提交";
        }
        if (e instanceof SAXException) {
            return "工作簿内容无法解析（XML格式错误），文件可能已损坏，请用Excel或WPS打开确认后重新保存提交";
        }
        return "文件已损坏，无法读取，请用Excel或WPS打开确认后重新保存提交";
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] date1904 = { false };
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
        return date1904[0];
    }

    /**
     * A failure of the caller's visitor (a database error while storing rows, say) is not the file's fault: it is
     * carried through the parser in this wrapper and rethrown as it was, never reported as a damaged file.
     */
    private static final class VisitorFailure extends RuntimeException {
        VisitorFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (TooManyRowsException | VisitorFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    private static <T> T guard(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    private static void rethrowVisitorFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VisitorFailure failure) {
                throw (RuntimeException) failure.getCause();
            }
        }
    }

    /** Stops a sheet that is longer than any real return. */
    static final class TooManyRowsException extends RuntimeException {
        TooManyRowsException(String message) {
            super(message);
        }
    }

    /** SAX handler for one worksheet part: turns {@code <row>/<c>} elements into {@link SheetRow}s. */
    private static final class SheetHandler extends DefaultHandler {

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

        SheetHandler(String sheetName, ReadOnlySharedStringsTable strings, boolean[] dateStyles, boolean date1904,
                SheetVisitor visitor, ReadLimits limits) {
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
                        throw new TooManyRowsException("工作表「" + sheetName + "」超过 " + limits.maxRowsPerSheet()
                                + " 行的上限，已拒收");
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
                default -> {
                }
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
                        guard(() -> visitor.row(row));
                    }
                }
                default -> {
                }
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
                case "s" -> RawCell.text(cellColumn, strings.getItemAt(Integer.parseInt(v.trim())).getString());
                case "inlineStr" -> RawCell.text(cellColumn, inline.toString());
                case "str" -> RawCell.text(cellColumn, v);
                case "b" -> new RawCell(cellColumn, RawCell.Kind.BOOLEAN, "1".equals(v.trim()) ? "TRUE" : "FALSE", null,
                        null);
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

    // ---------------------------------------------------------------- OLE2: xls or an encrypted xlsx

    private void readOle2(Path file, WorkbookVisitor visitor) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableWorkbookException("工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new UnreadableWorkbookException("文件是Office文档但不是Excel工作簿（例如Word文档），请提交Excel报表");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                readUserModel(workbook, visitor);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交", e);
        } catch (TooManyRowsException e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            throw new UnreadableWorkbookException("文件是Excel 95或更早的格式，无法读取，请另存为 .xlsx 后重新提交", e);
        } catch (IOException | RuntimeException e) {
            rethrowVisitorFailure(e);
            throw new UnreadableWorkbookException("文件已损坏，无法作为 .xls 工作簿读取，请用Excel或WPS打开确认后另存为 .xlsx 提交", e);
        }
    }

    private void readUserModel(Workbook workbook, WorkbookVisitor visitor) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        guard(() -> visitor.sheetNames(List.copyOf(names)));
        for (Sheet sheet : workbook) {
            SheetVisitor sheetVisitor = guard(() -> visitor.sheet(sheet.getSheetName()));
            if (sheetVisitor == null) {
                continue;
            }
            if (sheet.getPhysicalNumberOfRows() > limits.maxRowsPerSheet()) {
                throw new TooManyRowsException("工作表「" + sheet.getSheetName() + "」超过 " + limits.maxRowsPerSheet()
                        + " 行的上限，已拒收");
            }
            for (Row row : sheet) {
                List<RawCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    RawCell raw = toCell(cell);
                    if (raw != null) {
                        cells.add(raw);
                    }
                }
                if (!cells.isEmpty()) {
                    SheetRow sheetRow = new SheetRow(row.getRowNum(), row.getZeroHeight(), List.copyOf(cells));
                    guard(() -> sheetVisitor.row(sheetRow));
                }
            }
            guard(sheetVisitor::end);
        }
    }

    private static RawCell toCell(Cell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                // HSSF keeps numbers as doubles; RawCell.number takes their decimal to the 15 digits Excel shows.
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
                yield DateUtil.isCellDateFormatted(cell)
                        ? RawCell.date(column, number, cell.getLocalDateTimeCellValue())
                        : RawCell.number(column, number);
            }
            case STRING -> RawCell.text(column, cell.getStringCellValue());
            case BOOLEAN -> new RawCell(column, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    null, null);
            case ERROR -> new RawCell(column, RawCell.Kind.ERROR, errorText(cell), null, null);
            default -> null;
        };
    }

    static String bytes(long size) {
        if (size < 1024) {
            return size + " 字节";
        }
        long unit = size >= 1024 * 1024 ? 1024 * 1024 : 1024;
        return BigDecimal.valueOf(size).divide(BigDecimal.valueOf(unit), 1, java.math.RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString() + (unit == 1024 ? " KB" : " MB");
    }

    private static String errorText(Cell cell) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

}
