package org.zsyz.scorecard.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output reproducible. OpenPDF names each embedded font subset with a random six-letter tag
 * ({@code KWMAUS+NotoSansHans-Regular}) and writes a random file identifier; everything else already depends only
 * on the inputs (the document dates come from the publication date, see {@link StablePdfExporter}). This replaces
 * the tags and the identifier with values derived from a hash of the document itself, byte for byte in place
 * (same lengths, so the cross-reference offsets stay valid). Same inputs therefore give identical bytes, which
 * keeps the SHA-256 sums of a republished run stable.
 */
public final class PdfStabilizer {

    /** Where a font dictionary names its font, followed by the subset tag XXXXXX+ (OpenPDF writes no spaces). */
    private static final byte[][] FONT_KEYS = {
        "/BaseFont/".getBytes(StandardCharsets.ISO_8859_1), "/FontName/".getBytes(StandardCharsets.ISO_8859_1)
    };
    /** The trailer's file identifier: two 16-byte hex strings. */
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*]");

    private PdfStabilizer() {}

    public static byte[] stabilize(byte[] pdf) {
        // one pass over the bytes: every "/XXXXXX+" token, and which tags font dictionaries name
        List<int[]> tokens = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i + 8 <= pdf.length; i++) {
            if (pdf[i] == '/' && isTag(pdf, i + 1)) {
                tokens.add(new int[] {i + 1});
                if (endsWith(pdf, i + 1, FONT_KEYS)) {
                    tags.add(new String(pdf, i + 1, 6, StandardCharsets.ISO_8859_1));
                }
            }
        }
        List<String> ordered = new ArrayList<>(tags);
        byte[] out = pdf.clone();
        List<int[]> tagPositions = new ArrayList<>();
        for (int[] t : tokens) {
            int ordinal = ordered.indexOf(new String(pdf, t[0], 6, StandardCharsets.ISO_8859_1));
            if (ordinal >= 0) {
                tagPositions.add(new int[] {t[0], ordinal});
            }
        }
        // the file identifier is in the trailer, at the end
        List<int[]> idPositions = new ArrayList<>();
        int tail = Math.max(0, pdf.length - 4096);
        String trailer = new String(pdf, tail, pdf.length - tail, StandardCharsets.ISO_8859_1);
        Matcher id = ID.matcher(trailer);
        while (id.find()) {
            idPositions.add(new int[] {tail + id.start(1), tail + id.start(2)});
        }
        // hash the document with the random parts masked out
        for (int[] p : tagPositions) {
            fill(out, p[0], 6, (byte) 'A');
        }
        for (int[] p : idPositions) {
            fill(out, p[0], 32, (byte) '0');
            fill(out, p[1], 32, (byte) '0');
        }
        byte[] digest = sha256(out);
        for (int[] p : tagPositions) {
            System.arraycopy(tagFor(digest, p[1]), 0, out, p[0], 6);
        }
        byte[] hex = HexFormat.of().formatHex(digest, 0, 16).getBytes(StandardCharsets.ISO_8859_1);
        for (int[] p : idPositions) {
            System.arraycopy(hex, 0, out, p[0], 32);
            System.arraycopy(hex, 0, out, p[1], 32);
        }
        return out;
    }

    /** Whether the bytes just before {@code at} are one of {@code keys}. */
    private static boolean endsWith(byte[] b, int at, byte[][] keys) {
        outer:
        for (byte[] key : keys) {
            int from = at - key.length;
            if (from < 0) {
                continue;
            }
            for (int j = 0; j < key.length; j++) {
                if (b[from + j] != key[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isTag(byte[] b, int at) {
        if (at + 7 > b.length || b[at + 6] != '+') {
            return false;
        }
        for (int i = at; i < at + 6; i++) {
            if (b[i] < 'A' || b[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Six capital letters from the document hash and the subset's ordinal. */
    private static byte[] tagFor(byte[] documentDigest, int ordinal) {
        byte[] seed = new byte[documentDigest.length + 4];
        System.arraycopy(documentDigest, 0, seed, 0, documentDigest.length);
        seed[seed.length - 1] = (byte) ordinal;
        seed[seed.length - 2] = (byte) (ordinal >> 8);
        byte[] h = sha256(seed);
        byte[] tag = new byte[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (byte) ('A' + Math.floorMod(h[i], 26));
        }
        return tag;
    }

    private static void fill(byte[] b, int from, int len, byte value) {
        for (int i = from; i < from + len; i++) {
            b[i] = value;
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
