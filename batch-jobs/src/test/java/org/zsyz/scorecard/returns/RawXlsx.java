package org.zsyz.scorecard.returns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx package by hand, part by part, streaming each sheet's XML straight into the zip: how the
 * tests make files no spreadsheet program would (a zip bomb, a DOCTYPE with entities, ten million rows) and
 * big honest ones (a 200,000-row ledger with shared strings, like Excel saves it) without POI's memory.
 */
public final class RawXlsx {

    /** Writes one part's XML. */
    @FunctionalInterface
    public interface Part {
        void write(Writer out) throws IOException;
    }

    private final Map<String, Part> sheets = new LinkedHashMap<>();
    private Part sharedStrings;
    private int level = 6;
    private int extraParts;

    public RawXlsx sheet(String name, Part xml) {
        sheets.put(name, xml);
        return this;
    }

    public RawXlsx sharedStrings(Part xml) {
        this.sharedStrings = xml;
        return this;
    }

    /** Adds this many small unrelated parts (as a package stuffed with entries would have). */
    public RawXlsx extraParts(int count) {
        this.extraParts = count;
        return this;
    }

    /** Deflate level: 1 for speed with huge generated parts. */
    public RawXlsx level(int level) {
        this.level = level;
        return this;
    }

    /** A sheet given as rows of inline-string or number cells, A1.. ({@code null} leaves a cell out). */
    public static Part rows(List<Object[]> rows) {
        return out -> {
            out.write(SHEET_START);
            for (int r = 0; r < rows.size(); r++) {
                out.write("<row r=\"" + (r + 1) + "\">");
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        cell(out, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + (r + 1), cells[c]);
                    }
                }
                out.write("</row>");
            }
            out.write(SHEET_END);
        };
    }

    public static void cell(Writer out, String ref, Object value) throws IOException {
        if (value instanceof Number n) {
            out.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
        } else {
            out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(value.toString()) + "</t></is></c>");
        }
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    public static final String SHEET_END = "</sheetData></worksheet>";

    /** The cover, activity and instructions sheets of {@link TestWorkbook#goodReturn()}, and a ledger of choice. */
    public static RawXlsx returnWith(Part ledger) {
        return new RawXlsx()
                .sheet(
                        ReturnTemplate.COVER_SHEET,
                        rows(List.of(
                                new Object[] {ReturnTemplate.COVER_UNIT_CODE, TestWorkbook.UNIT},
                                new Object[] {ReturnTemplate.COVER_UNIT_NAME, TestWorkbook.UNIT_NAME},
                                new Object[] {ReturnTemplate.COVER_PERIOD, TestWorkbook.PERIOD.toString()})))
                .sheet(ReturnTemplate.LEDGER_SHEET, ledger)
                .sheet(ReturnTemplate.ACTIVITY_SHEET, rows(List.<Object[]>of(new Object[] {ReturnTemplate.TRIPS, 5})))
                .sheet(ReturnTemplate.INSTRUCTIONS_SHEET, rows(List.<Object[]>of(new Object[] {
                    ReturnTemplate.TEMPLATE_VERSION, ReturnTemplate.VERSION_MARKER
                })));
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ZipOutputStream zip =
                new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(level);
            StringBuilder types = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            List<String> names = new ArrayList<>(sheets.keySet());
            for (int i = 1; i <= names.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet")
                        .append(i)
                        .append(
                                ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"")
                        .append(escape(names.get(i - 1)))
                        .append("\" sheetId=\"")
                        .append(i)
                        .append("\" r:id=\"rId")
                        .append(i)
                        .append("\"/>");
                rels.append("<Relationship Id=\"rId")
                        .append(i)
                        .append(
                                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(i)
                        .append(".xml\"/>");
            }
            if (sharedStrings != null) {
                types.append(
                        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.append(
                        "<Relationship Id=\"rIdSst\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            types.append("</Types>");
            workbook.append("</sheets></workbook>");
            rels.append("</Relationships>");
            text(zip, "[Content_Types].xml", types.toString());
            text(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            text(zip, "xl/workbook.xml", workbook.toString());
            text(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            int i = 1;
            for (Part sheet : sheets.values()) {
                part(zip, "xl/worksheets/sheet" + i++ + ".xml", sheet);
            }
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            for (int p = 1; p <= extraParts; p++) {
                text(zip, "xl/media/junk" + p + ".bin", "junk");
            }
        }
        return file;
    }

    private static void text(ZipOutputStream zip, String name, String text) throws IOException {
        part(zip, name, out -> out.write(text));
    }

    private static void part(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer out = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        part.write(out);
        out.flush();
        zip.closeEntry();
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {}
    }
}
