package org.zsyz.scorecard.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} streamed with SAX over the package parts (never POI's user model), so memory does not grow with
 * the number of rows; a package that cannot be read is named in the unit's words (a safety limit, or damage).
 */
final class XlsxReader {

    private final ReadLimits limits;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    void read(Path file, WorkbookVisitor visitor) throws UnreadableWorkbookException {
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
            VisitorCalls.guard(() -> visitor.sheetNames(List.copyOf(names)));
            while (sheets.hasNext()) {
                try (InputStream sheetData = sheets.next()) {
                    String name = sheets.getSheetName();
                    SheetVisitor sheetVisitor = VisitorCalls.guard(() -> visitor.sheet(name));
                    if (sheetVisitor == null) {
                        continue;
                    }
                    XMLReader xml = sheetXmlReader();
                    xml.setContentHandler(
                            new XlsxSheetHandler(name, strings, dateStyles, date1904, sheetVisitor, limits));
                    xml.parse(new InputSource(sheetData));
                    VisitorCalls.guard(sheetVisitor::end);
                }
            }
        } catch (VisitorCalls.TooManyRowsException e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            VisitorCalls.rethrowVisitorFailure(e);
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
    private static boolean[] dateStyles(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
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
                    default -> {}
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
                return "文件压缩比异常（解压后超过压缩大小的 " + Math.round(1 / limits.minInflateRatio()) + " 倍），疑似压缩炸弹，已拒收";
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

    private static boolean readDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
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
}
