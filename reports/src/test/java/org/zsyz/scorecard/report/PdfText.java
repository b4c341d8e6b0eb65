package org.zsyz.scorecard.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** pdfbox helpers for the tests (these and batch-jobs'): text per page and the fonts used. */
public final class PdfText {

    private PdfText() {}

    /** The text of each page, in reading order. */
    public static List<String> pages(byte[] pdf) throws IOException {
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

    public static List<String> pages(Path pdf) throws IOException {
        return pages(Files.readAllBytes(pdf));
    }

    /** The text of all pages in reading order, pages separated by a line break. */
    public static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    public static String text(Path pdf) throws IOException {
        return text(Files.readAllBytes(pdf));
    }

    /** A font used on a page: its PDF name (a subset is "ABCDEF+Name") and whether it is embedded. */
    public record FontUse(int page, String name, boolean embedded) {}

    /**
     * Every font that draws text, with whether pdfbox finds its program embedded: the fonts of the pages' own
     * resources and those reached while extracting text, which includes the forms charts are drawn into.
     */
    public static List<FontUse> fonts(byte[] pdf) throws IOException {
        Set<FontUse> fonts = new LinkedHashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int p = 0;
            for (PDPage page : doc.getPages()) {
                p++;
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    fonts.add(new FontUse(p, font.getName(), font.isEmbedded()));
                }
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        fonts.add(new FontUse(
                                getCurrentPageNo(),
                                t.getFont().getName(),
                                t.getFont().isEmbedded()));
                    }
                }
            };
            stripper.getText(doc);
        }
        return new ArrayList<>(fonts);
    }

    /** An embedded TrueType font program: its bytes and the length of its stream as stored (deflated). */
    public record FontProgram(String name, byte[] program, long deflatedLength) {}

    /** The embedded TrueType programs (FontFile2) of the fonts on the pages, each once. */
    public static List<FontProgram> fontPrograms(byte[] pdf) throws IOException {
        List<FontProgram> programs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    if (!(font instanceof PDType0Font type0) || !seen.add(font.getName())) {
                        continue;
                    }
                    PDStream file =
                            type0.getDescendantFont().getFontDescriptor().getFontFile2();
                    if (file == null) {
                        continue;
                    }
                    COSStream stream = file.getCOSObject();
                    try (InputStream raw = stream.createRawInputStream();
                            InputStream decoded = stream.createInputStream()) {
                        programs.add(
                                new FontProgram(font.getName(), decoded.readAllBytes(), raw.readAllBytes().length));
                    }
                }
            }
        }
        return programs;
    }
}
