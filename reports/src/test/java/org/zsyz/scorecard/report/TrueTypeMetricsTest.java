package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cleared metrics and the recomputed checksums: byte for byte what the plain word-by-word sums give (kept here
 * as the reference), on the bundled fonts and on small fonts whose hmtx table is unaligned or badly padded.
 */
class TrueTypeMetricsTest {

    @Test
    void theBundledFontsKeepTheTrueTypeChecksumInvariant() throws Exception {
        for (String name : new String[] {"思源黑体正常_0.ttf", "思源黑体中粗.ttf"}) {
            byte[] font;
            try (InputStream in = getClass().getResourceAsStream("/com/github/xingfudeshi/fonts/" + name)) {
                font = in.readAllBytes();
            }
            byte[] reference = font.clone();

            assertThat(TrueTypeMetrics.clearUnusedMetrics(font)).as(name).isTrue();
            assertThat(Reference.clearUnusedMetrics(reference)).isTrue();

            assertThat(font).as(name).isEqualTo(reference);
            // the whole font, its checkSumAdjustment included, sums to the magic number
            assertThat(Reference.checksum(ByteBuffer.wrap(font), 0, font.length))
                    .isEqualTo(0xB1B0AFBA);
        }
    }

    @ParameterizedTest(name = "hmtx at {0}, {1} bytes, padding {2}, font {3} bytes")
    @CsvSource({
        "204, 16, 0, 401", // aligned, zero padding: the hmtx sum is reused
        "204, 15, 0, 400",
        "204, 14, 7, 403", // aligned, but the padding bytes are not zeros
        "205, 16, 0, 399", // unaligned
        "206, 13, 0, 227",
        "204, 17, 0, 221" // the table ends at the end of the font, its padding beyond it
    })
    void smallFontsGiveTheReferenceBytes(int hmtx, int hmtxLength, int padding, int size) {
        byte[] font = smallFont(hmtx, hmtxLength, padding, size, new Random(hmtx * 31L + hmtxLength));
        byte[] reference = font.clone();

        assertThat(TrueTypeMetrics.clearUnusedMetrics(font)).isTrue();
        assertThat(Reference.clearUnusedMetrics(reference)).isTrue();

        assertThat(font).isEqualTo(reference);
        ByteBuffer b = ByteBuffer.wrap(font);
        assertThat(b.getShort(hmtx + 4))
                .as("glyph 1 has no outline: its advance is cleared")
                .isZero();
        assertThat(b.getShort(hmtx + 8)).as("glyph 2 keeps its advance").isEqualTo((short) 500);
    }

    @Test
    void sumsWordsFromAnyOffsetWithTheLastOnePadded() {
        byte[] bytes = new byte[37];
        new Random(7).nextBytes(bytes);
        for (int offset = 0; offset < 12; offset++) {
            for (int length = 0; length <= bytes.length - offset + 3; length++) {
                assertThat(TrueTypeMetrics.checksum(bytes, offset, length))
                        .as("offset %d, length %d", offset, length)
                        .isEqualTo(Reference.checksum(ByteBuffer.wrap(bytes), offset, length));
            }
        }
    }

    /** Five glyphs, three long metrics, a short loca in which glyph 1 is empty; the rest random bytes. */
    private static byte[] smallFont(int hmtx, int hmtxLength, int padding, int size, Random random) {
        byte[] font = new byte[size];
        random.nextBytes(font);
        ByteBuffer b = ByteBuffer.wrap(font);
        b.putInt(0, 0x00010000);
        b.putShort(4, (short) 5);
        int[][] tables = {{0x68656164, 92}, {0x68686561, 148}, {0x6D617870, 184}, {0x6C6F6361, 192}, {0x686D7478, hmtx}
        };
        int[] lengths = {54, 36, 6, 12, hmtxLength};
        for (int i = 0; i < tables.length; i++) {
            b.putInt(12 + 16 * i, tables[i][0]);
            b.putInt(12 + 16 * i + 8, tables[i][1]);
            b.putInt(12 + 16 * i + 12, lengths[i]);
        }
        b.putShort(92 + 50, (short) 0); // short loca
        b.putShort(148 + 34, (short) 3); // long metrics
        b.putShort(184 + 4, (short) 5); // glyphs
        short[] loca = {0, 10, 10, 20, 30, 40};
        for (int g = 0; g < loca.length; g++) {
            b.putShort(192 + 2 * g, loca[g]);
        }
        for (int g = 0; g < 3; g++) {
            b.putShort(hmtx + 4 * g, (short) 500);
        }
        for (int i = hmtx + hmtxLength; i < Math.min(size, (hmtx + hmtxLength + 3) & ~3); i++) {
            font[i] = (byte) padding;
        }
        return font;
    }

    /** The plain implementation the faster one must equal. */
    private static final class Reference {

        static boolean clearUnusedMetrics(byte[] font) {
            ByteBuffer b = ByteBuffer.wrap(font);
            int numTables = b.getShort(4) & 0xFFFF;
            int head = -1, hhea = -1, maxp = -1, loca = -1, hmtx = -1, hmtxRecord = -1, hmtxLength = 0;
            for (int i = 0; i < numTables; i++) {
                int record = 12 + 16 * i;
                int tag = b.getInt(record);
                int offset = b.getInt(record + 8);
                switch (tag) {
                    case 0x68656164 -> head = offset;
                    case 0x68686561 -> hhea = offset;
                    case 0x6D617870 -> maxp = offset;
                    case 0x6C6F6361 -> loca = offset;
                    case 0x686D7478 -> {
                        hmtx = offset;
                        hmtxRecord = record;
                        hmtxLength = b.getInt(record + 12);
                    }
                    default -> {}
                }
            }
            boolean longLoca = b.getShort(head + 50) != 0;
            int glyphs = b.getShort(maxp + 4) & 0xFFFF;
            int longMetrics = b.getShort(hhea + 34) & 0xFFFF;
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
            b.putInt(hmtxRecord + 4, checksum(b, hmtx, hmtxLength));
            b.putInt(head + 8, 0);
            b.putInt(head + 8, (int) (0xB1B0AFBAL - checksum(b, 0, font.length)));
            return true;
        }

        static int checksum(ByteBuffer b, int offset, int length) {
            long sum = 0;
            int end = Math.min(offset + length, b.capacity());
            int i = offset;
            for (; i + 4 <= end; i += 4) {
                sum += b.getInt(i) & 0xFFFFFFFFL;
            }
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < end ? b.get(i + k) & 0xFF : 0);
            }
            if (i < end) {
                sum += word & 0xFFFFFFFFL;
            }
            return (int) sum;
        }
    }
}
