package org.zsyz.scorecard.returns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.zsyz.scorecard.returns.TestWorkbook.Format;

/** Files sent to break the importer, each generated on the spot (no binary fixtures). */
public final class HostileFiles {

    /** Rows of the ten-million-row sheet. */
    public static final int HUGE_ROWS = 10_000_000;

    private HostileFiles() {}

    public static Path notASpreadsheet(Path file) throws IOException {
        Files.writeString(file, "项目编号,项目名称\nXM-001,智能装备产业园\n");
        return file;
    }

    public static Path renamedPdf(Path file) throws IOException {
        Files.writeString(
                file,
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        return file;
    }

    public static Path empty(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return file;
    }

    /** A good return, encrypted with a password the way Excel does it ("agile" encryption in an OLE2 container). */
    public static Path encryptedXlsx(Path file) throws Exception {
        Path plain = TestWorkbook.goodReturn().write(file.resolveSibling("plain-" + file.getFileName()), Format.XLSX);
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("机密123");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs);
                    InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** A good return as .xls with an opening password (RC4, as Excel 97–2003 and WPS write it). */
    public static Path encryptedXls(Path file) throws Exception {
        Path plain = TestWorkbook.goodReturn().write(file.resolveSibling("plain-" + file.getFileName()), Format.XLS);
        try (InputStream in = Files.newInputStream(plain);
                HSSFWorkbook wb = new HSSFWorkbook(in)) {
            Biff8EncryptionKey.setCurrentUserPassword("机密123");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** An OLE2 compound file holding a Word document stream, named .xls. */
    public static Path wordDocument(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A zip archive that is no Office package. */
    public static Path plainZip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("说明.txt"));
            zip.write("不是报表".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** The first half of a good return: an upload cut off. */
    public static Path truncatedXlsx(Path file) throws IOException {
        Path whole = TestWorkbook.goodReturn().write(file.resolveSibling("whole-" + file.getFileName()), Format.XLSX);
        byte[] bytes = Files.readAllBytes(whole);
        // Cut in the middle of the workbook part's compressed data: a download broken off part-way. (Cutting
        // at half the bytes would lose a different part depending on how the test workbook compresses.)
        int header = indexOf(bytes, "xl/workbook.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) - 30;
        int compressedSize = (bytes[header + 18] & 0xff)
                | (bytes[header + 19] & 0xff) << 8
                | (bytes[header + 20] & 0xff) << 16
                | (bytes[header + 21] & 0xff) << 24;
        int nameLength = (bytes[header + 26] & 0xff) | (bytes[header + 27] & 0xff) << 8;
        int extraLength = (bytes[header + 28] & 0xff) | (bytes[header + 29] & 0xff) << 8;
        int data = header + 30 + nameLength + extraLength;
        Files.write(file, Arrays.copyOf(bytes, data + Math.max(1, compressedSize / 2)));
        Files.delete(whole);
        return file;
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A return whose ledger sheet is one cell of 50 MB of zeros: a few tens of KB zipped, a 1:1000 expansion. */
    public static Path zipBomb(Path file) throws IOException {
        return RawXlsx.returnWith(out -> {
                    out.write(RawXlsx.SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
                    char[] zeros = new char[1 << 16];
                    Arrays.fill(zeros, '0');
                    for (int i = 0; i < 50 * 16; i++) {
                        out.write(zeros);
                    }
                    out.write("</t></is></c></row>" + RawXlsx.SHEET_END);
                })
                .write(file);
    }

    /** A return whose ledger sheet declares nested entities ("billion laughs"): 10^9 characters from one cell. */
    public static Path entityExpansion(Path file) throws IOException {
        return RawXlsx.returnWith(out -> {
                    StringBuilder doctype = new StringBuilder(
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [")
                            .append("<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">");
                    char previous = 'a';
                    for (char e = 'b'; e <= 'i'; e++) {
                        doctype.append("<!ENTITY ")
                                .append(e)
                                .append(" \"")
                                .append(("&" + previous + ";").repeat(10))
                                .append("\">");
                        previous = e;
                    }
                    doctype.append("]>");
                    out.write(
                            doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&i;</t></is></c></row>"
                                    + RawXlsx.SHEET_END);
                })
                .write(file);
    }

    /** A good-looking return stuffed with 2,000 extra parts. */
    public static Path tooManyParts(Path file) throws IOException {
        return RawXlsx.returnWith(RawXlsx.rows(
                        List.<Object[]>of(ReturnTemplate.ledgerHeaders().toArray())))
                .extraParts(2000)
                .write(file);
    }

    /** A return whose ledger has the template header and then ten million rows, streamed into the zip. */
    public static Path tenMillionRows(Path file) throws IOException {
        return RawXlsx.returnWith(out -> {
                    out.write(RawXlsx.SHEET_START);
                    out.write("<row r=\"1\">");
                    List<String> headers = ReturnTemplate.ledgerHeaders();
                    for (int c = 0; c < headers.size(); c++) {
                        RawXlsx.cell(
                                out,
                                org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "1",
                                headers.get(c));
                    }
                    out.write("</row>");
                    // Row and cell references are optional in SpreadsheetML; without them ten million rows zip to ~40
                    // MB,
                    // under the file-size limit, so it is the row limit that must stop the reading.
                    StringBuilder row = new StringBuilder(64);
                    for (int r = 2; r <= HUGE_ROWS + 1; r++) {
                        row.setLength(0);
                        row.append("<row><c><v>").append(r % 100_000).append("</v></c></row>");
                        out.append(row);
                    }
                    out.write(RawXlsx.SHEET_END);
                })
                .level(1)
                .write(file);
    }
}
