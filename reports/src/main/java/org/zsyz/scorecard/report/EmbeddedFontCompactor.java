package org.zsyz.scorecard.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Shrinks the TrueType subsets OpenPDF embeds. OpenPDF keeps the glyph numbers of the whole font in a subset, so
 * the subset still holds the horizontal metrics of all 65,535 glyphs of the CJK font: about 256 KB of numbers that
 * deflate badly, most of a one-page scorecard. A glyph left out of the subset has no outline; its metrics are never
 * used (the PDF's own {@code /W} array gives the advances of the glyphs shown), so they are set to zero, which
 * deflates to almost nothing. Glyph numbers, table sizes and every used glyph's metrics stay as they were; the
 * table checksums are recomputed. The file is then rewritten with the new stream lengths and cross-reference
 * offsets.
 *
 * <p>OpenPDF is told to store the font uncompressed ({@link StablePdfExporter}), so the program is only deflated
 * once, here, after it has been compacted.
 */
final class EmbeddedFontCompactor {

    private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
    private static final Pattern LENGTH1 = Pattern.compile("/Length1 (\\d+)");
    /** A TrueType program (/Length1) or a compact one (FontFile3's /Subtype): every font program OpenPDF embeds. */
    private static final byte[][] FONT_KEYS = {
        "/Length1 ".getBytes(StandardCharsets.ISO_8859_1),
        "/Subtype/CIDFontType0C".getBytes(StandardCharsets.ISO_8859_1),
        "/Subtype/Type1C".getBytes(StandardCharsets.ISO_8859_1),
        "/Subtype/OpenType".getBytes(StandardCharsets.ISO_8859_1)
    };

    private static final byte[] STREAM = "stream\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DICT = "<<".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DICT_STREAM = ">>stream\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ENDOBJ = "endobj".getBytes(StandardCharsets.ISO_8859_1);
    /** "12345 0 obj\n" and a dictionary of at most 400 bytes fit in this many bytes from the object's offset. */
    private static final int HEAD = 512;

    private static final byte[] XREF = "\nxref\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] STARTXREF = "startxref\n".getBytes(StandardCharsets.ISO_8859_1);

    private EmbeddedFontCompactor() {}

    /** One replaced stream: its dictionary and data from {@code start} to {@code end}, and what replaces them. */
    private record Splice(int start, int end, byte[] replacement) {}

    static byte[] compact(byte[] pdf) {
        java.util.TreeMap<Integer, Splice> found = new java.util.TreeMap<>();
        // Every object is looked at by its head only (the cross-reference table gives where it starts): a file
        // without that table is left as it is anyway (rewrite).
        for (int offset : objectOffsets(pdf)) {
            int at = fontKey(pdf, offset);
            Splice s = at >= 0 ? fontStream(pdf, at) : null;
            if (s == null) {
                s = storedStream(pdf, offset);
            }
            if (s != null) {
                found.putIfAbsent(s.start(), s);
            }
        }
        List<Splice> splices = new ArrayList<>(found.values());
        if (splices.isEmpty()) {
            return pdf;
        }
        return rewrite(pdf, splices);
    }

    /** Where a font program's key is in the dictionary of the object at {@code offset}, or -1. */
    private static int fontKey(byte[] pdf, int offset) {
        int dictEnd = indexOf(pdf, DICT_STREAM, offset, Math.min(pdf.length, offset + HEAD));
        if (dictEnd < 0) {
            return -1;
        }
        for (byte[] key : FONT_KEYS) {
            int at = indexOf(pdf, key, offset, dictEnd);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The font program whose stream dictionary holds the key at {@code at}, deflated (a TrueType one compacted
     * first); null if it is not a stream this can read.
     */
    private static Splice fontStream(byte[] pdf, int at) {
        int dictStart = lastIndexOf(pdf, "<<", at);
        int dictEnd = indexOf(pdf, ">>".getBytes(StandardCharsets.ISO_8859_1), at);
        if (dictStart < 0 || dictEnd < 0 || !startsWith(pdf, dictEnd + 2, STREAM)) {
            return null;
        }
        String dict = new String(pdf, dictStart, dictEnd + 2 - dictStart, StandardCharsets.ISO_8859_1);
        Matcher length = LENGTH.matcher(dict);
        Matcher length1 = LENGTH1.matcher(dict);
        if (!length.find() || !dict.contains("/Filter/FlateDecode") || dict.contains("/DecodeParms")) {
            return null;
        }
        int dataStart = dictEnd + 2 + STREAM.length;
        int dataLength = Integer.parseInt(length.group(1));
        boolean trueType = length1.find();
        byte[] font = inflate(pdf, dataStart, dataLength, trueType ? Integer.parseInt(length1.group(1)) : -1);
        if (font == null) {
            return null;
        }
        if (trueType) {
            TrueTypeMetrics.clearUnusedMetrics(font); // where it cannot (not a plain TrueType font) only deflated
        }
        byte[] deflated = deflate(font);
        String newDict = dict.substring(0, length.start(1)) + deflated.length + dict.substring(length.end(1));
        byte[] head = (newDict + "stream\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] replacement = new byte[head.length + deflated.length];
        System.arraycopy(head, 0, replacement, 0, head.length);
        System.arraycopy(deflated, 0, replacement, head.length, deflated.length);
        return new Splice(dictStart, dataStart + dataLength, replacement);
    }

    /**
     * A stream of the object at {@code offset} that OpenPDF deflated at the font's level, i.e. stored: the font's
     * ToUnicode map and CIDSet (about 12 KB a page); deflated properly. Null for any other stream.
     */
    private static Splice storedStream(byte[] pdf, int offset) {
        // Only the object's head is searched: the dictionary of a stream worth deflating is short, and a search
        // to the end of the file from every object made this quadratic (a fifth of the nation month's CPU).
        int headEnd = Math.min(pdf.length, offset + HEAD);
        int dictStart = indexOf(pdf, DICT, offset, headEnd);
        int dictEnd = indexOf(pdf, DICT_STREAM, offset, headEnd);
        int endobj = indexOf(pdf, ENDOBJ, offset, headEnd);
        if (dictStart < 0 || dictEnd < 0 || (endobj >= 0 && dictEnd > endobj) || dictEnd - dictStart > 400) {
            return null;
        }
        String dict = new String(pdf, dictStart, dictEnd + 2 - dictStart, StandardCharsets.ISO_8859_1);
        Matcher length = LENGTH.matcher(dict);
        if (!length.find()
                || !dict.contains("/Filter/FlateDecode")
                || dict.contains("/DecodeParms")
                || dict.contains("/Length1")) {
            return null;
        }
        int dataStart = dictEnd + 2 + STREAM.length;
        int dataLength = Integer.parseInt(length.group(1));
        // a zlib header, then a first block of type 00 (stored): BTYPE is bits 1-2 of the block's first byte
        if (dataLength < 64 || dataStart + 2 >= pdf.length || (pdf[dataStart + 2] & 0x06) != 0) {
            return null;
        }
        byte[] data = inflate(pdf, dataStart, dataLength, -1);
        if (data == null) {
            return null;
        }
        byte[] deflated = deflate(data);
        if (deflated.length >= dataLength) {
            return null;
        }
        String newDict = dict.substring(0, length.start(1)) + deflated.length + dict.substring(length.end(1));
        byte[] head = (newDict + "stream\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] replacement = new byte[head.length + deflated.length];
        System.arraycopy(head, 0, replacement, 0, head.length);
        System.arraycopy(deflated, 0, replacement, head.length, deflated.length);
        return new Splice(dictStart, dataStart + dataLength, replacement);
    }

    /** The offsets of the objects in use, from the classic cross-reference table; none if there is not one. */
    private static List<Integer> objectOffsets(byte[] pdf) {
        List<Integer> offsets = new ArrayList<>();
        int xref = lastIndexOf(pdf, new String(XREF, StandardCharsets.ISO_8859_1), pdf.length);
        if (xref < 0) {
            return offsets;
        }
        int p = xref + XREF.length;
        int trailer = indexOf(pdf, "trailer".getBytes(StandardCharsets.ISO_8859_1), p);
        while (trailer > 0 && p < trailer) {
            int eol = indexOf(pdf, new byte[] {'\n'}, p);
            String[] header = new String(pdf, p, eol - p, StandardCharsets.ISO_8859_1)
                    .trim()
                    .split(" ");
            if (header.length != 2) {
                return List.of();
            }
            p = eol + 1;
            int count = Integer.parseInt(header[1]);
            for (int i = 0; i < count; i++, p += 20) {
                if (pdf[p + 17] == 'n') {
                    offsets.add(Integer.parseInt(new String(pdf, p, 10, StandardCharsets.ISO_8859_1)));
                }
            }
        }
        return offsets;
    }

    /** The file with the splices made, every cross-reference offset after a splice moved by its change. */
    private static byte[] rewrite(byte[] pdf, List<Splice> splices) {
        int xref = lastIndexOf(pdf, new String(XREF, StandardCharsets.ISO_8859_1), pdf.length);
        int startxref = lastIndexOf(pdf, new String(STARTXREF, StandardCharsets.ISO_8859_1), pdf.length);
        if (xref < 0
                || startxref < xref
                || xref < splices.get(splices.size() - 1).end()) {
            return pdf; // not the classic single cross-reference table OpenPDF writes: leave the file as it is
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
        int from = 0;
        for (Splice s : splices) {
            out.write(pdf, from, s.start() - from);
            out.write(s.replacement(), 0, s.replacement().length);
            from = s.end();
        }
        out.write(pdf, from, xref + XREF.length - from);
        // the table: subsections "first count\n", then 20-byte entries "oooooooooo ggggg n \n"
        int p = xref + XREF.length;
        int trailer = indexOf(pdf, "trailer".getBytes(StandardCharsets.ISO_8859_1), p);
        while (p < trailer) {
            int eol = indexOf(pdf, new byte[] {'\n'}, p);
            String header = new String(pdf, p, eol + 1 - p, StandardCharsets.ISO_8859_1);
            out.write(pdf, p, header.length());
            p = eol + 1;
            int count = Integer.parseInt(header.trim().split(" ")[1]);
            for (int i = 0; i < count; i++, p += 20) {
                if (pdf[p + 17] == 'n') {
                    long offset = Long.parseLong(new String(pdf, p, 10, StandardCharsets.ISO_8859_1));
                    String moved = String.format("%010d", moved(offset, splices));
                    out.write(moved.getBytes(StandardCharsets.ISO_8859_1), 0, 10);
                    out.write(pdf, p + 10, 10);
                } else {
                    out.write(pdf, p, 20);
                }
            }
        }
        out.write(pdf, trailer, startxref + STARTXREF.length - trailer);
        byte[] newXref = String.valueOf(moved(xref + 1, splices)).getBytes(StandardCharsets.ISO_8859_1);
        out.write(newXref, 0, newXref.length);
        int afterNumber = indexOf(pdf, new byte[] {'\n'}, startxref + STARTXREF.length);
        out.write(pdf, afterNumber, pdf.length - afterNumber);
        return out.toByteArray();
    }

    private static long moved(long offset, List<Splice> splices) {
        long shift = 0;
        for (Splice s : splices) {
            if (offset >= s.end()) {
                shift += s.replacement().length - (s.end() - s.start());
            }
        }
        return offset + shift;
    }

    /** @param expected the inflated length, -1 when not known */
    private static byte[] inflate(byte[] pdf, int start, int length, int expected) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, start, length);
            if (expected < 0) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(length * 2);
                byte[] buffer = new byte[32 * 1024];
                while (!inflater.finished()) {
                    int got = inflater.inflate(buffer);
                    if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        return null;
                    }
                    out.write(buffer, 0, got);
                }
                return out.toByteArray();
            }
            byte[] font = new byte[expected];
            int n = 0;
            while (n < expected && !inflater.finished()) {
                int got = inflater.inflate(font, n, expected - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                n += got;
            }
            return n == expected && inflater.finished() ? font : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
            byte[] buffer = new byte[32 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        if (at + prefix.length > a.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] a, byte[] what, int from) {
        return indexOf(a, what, from, a.length);
    }

    /** The first occurrence of {@code what} lying wholly in {@code [from, to)}, or -1. */
    static int indexOf(byte[] a, byte[] what, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= Math.min(to, a.length) - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (a[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] a, String what, int before) {
        byte[] w = what.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = Math.min(before, a.length) - w.length; i >= 0; i--) {
            for (int j = 0; j < w.length; j++) {
                if (a[i + j] != w[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
