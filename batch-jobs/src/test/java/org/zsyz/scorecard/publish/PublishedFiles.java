package org.zsyz.scorecard.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What the tests read back from a publication folder: its files' bytes, PDF text per page, the fonts used. */
final class PublishedFiles {

    private PublishedFiles() {
    }

    /** Every regular file of a folder by name, with its bytes: two snapshots are equal when the sets are. */
    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    /** The text of each page in reading order (left to right, top to bottom). */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static List<String> pages(Path pdf) throws IOException {
        return pages(Files.readAllBytes(pdf));
    }

    /** A font that draws text on a page: its PDF name (a subset is "ABCDEF+Name") and whether it is embedded. */
    record FontUse(int page, String name, boolean embedded) {
    }

    /** The fonts of the pages' resources and those met while extracting the text (charts draw in forms). */
    static List<FontUse> fonts(byte[] pdf) throws IOException {
        Set<FontUse> fonts = new LinkedHashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int p = 0;
            for (PDPage page : doc.getPages()) {
                p++;
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new FontUse(p, font.getName(), font.isEmbedded()));
                }
            }
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        fonts.add(new FontUse(getCurrentPageNo(), t.getFont().getName(), t.getFont().isEmbedded()));
                    }
                }
            }.getText(doc);
        }
        return new ArrayList<>(fonts);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
