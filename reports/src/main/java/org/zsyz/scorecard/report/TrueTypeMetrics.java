package org.zsyz.scorecard.report;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Clears the horizontal metrics ({@code hmtx}) of the glyphs a TrueType subset left out, in place: a glyph without
 * an outline in {@code glyf} (other than glyph 0, the missing-glyph box) gets advance and side bearing 0. The
 * table's checksum and the font's {@code head.checkSumAdjustment} are recomputed.
 */
final class TrueTypeMetrics {

    private TrueTypeMetrics() {}

    /** @return whether the font was a TrueType font with the tables needed (and so was changed) */
    static boolean clearUnusedMetrics(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        if (font.length < 12 || b.getInt(0) != 0x00010000 && b.getInt(0) != 0x74727565) {
            return false;
        }
        int numTables = b.getShort(4) & 0xFFFF;
        int head = -1, hhea = -1, maxp = -1, loca = -1, hmtx = -1, hmtxRecord = -1, hmtxLength = 0;
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            if (record + 16 > font.length) {
                return false;
            }
            int tag = b.getInt(record);
            int offset = b.getInt(record + 8);
            switch (tag) {
                case 0x68656164 -> head = offset; // head
                case 0x68686561 -> hhea = offset; // hhea
                case 0x6D617870 -> maxp = offset; // maxp
                case 0x6C6F6361 -> loca = offset; // loca
                case 0x686D7478 -> { // hmtx
                    hmtx = offset;
                    hmtxRecord = record;
                    hmtxLength = b.getInt(record + 12);
                }
                default -> {}
            }
        }
        if (head < 0 || hhea < 0 || maxp < 0 || loca < 0 || hmtx < 0) {
            return false;
        }
        boolean longLoca = b.getShort(head + 50) != 0;
        int glyphs = b.getShort(maxp + 4) & 0xFFFF;
        int longMetrics = b.getShort(hhea + 34) & 0xFFFF;
        if (longMetrics > glyphs || hmtx + 4L * longMetrics + 2L * (glyphs - longMetrics) > font.length) {
            return false;
        }
        for (int g = 1; g < glyphs; g++) {
            long start = longLoca ? b.getInt(loca + 4 * g) & 0xFFFFFFFFL : (b.getShort(loca + 2 * g) & 0xFFFF) * 2L;
            long end = longLoca
                    ? b.getInt(loca + 4 * (g + 1)) & 0xFFFFFFFFL
                    : (b.getShort(loca + 2 * (g + 1)) & 0xFFFF) * 2L;
            if (end != start) {
                continue;
            }
            if (g < longMetrics) {
                b.putInt(hmtx + 4 * g, 0);
            } else {
                b.putShort(hmtx + 4 * longMetrics + 2 * (g - longMetrics), (short) 0);
            }
        }
        int hmtxSum = checksum(font, hmtx, hmtxLength);
        b.putInt(hmtxRecord + 4, hmtxSum);
        b.putInt(head + 8, 0);
        b.putInt(head + 8, (int) (0xB1B0AFBAL - fontChecksum(font, hmtx, hmtxLength, hmtxSum)));
        return true;
    }

    /**
     * The whole font's checksum. The hmtx table is half of a subset's bytes and its sum was just taken: where the
     * table starts on a word and is padded with zeros (as fonts are written), that sum is reused.
     */
    private static int fontChecksum(byte[] font, int hmtx, int hmtxLength, int hmtxSum) {
        int padded = hmtxLength + 3 & ~3;
        if (hmtx % 4 != 0 || hmtx + padded > font.length) {
            return checksum(font, 0, font.length);
        }
        for (int i = hmtx + hmtxLength; i < hmtx + padded; i++) {
            if (font[i] != 0) {
                return checksum(font, 0, font.length);
            }
        }
        int after = hmtx + padded;
        return checksum(font, 0, hmtx) + hmtxSum + checksum(font, after, font.length - after);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /**
     * The sum of the big-endian 32-bit words from {@code offset}, the last one padded with zeros; read 8 bytes at a
     * time (the checksums were a tenth of writing a 督办单).
     */
    static int checksum(byte[] font, int offset, int length) {
        long sum = 0;
        int end = Math.min(offset + length, font.length);
        int i = offset;
        for (; i + 8 <= end; i += 8) {
            long two = (long) LONGS.get(font, i);
            sum += (two >>> 32) + (two & 0xFFFFFFFFL);
        }
        for (; i < end; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < end ? font[i + k] & 0xFF : 0);
            }
            sum += word & 0xFFFFFFFFL;
        }
        return (int) sum;
    }
}
