package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rewritten file stays a valid PDF: every cross-reference offset points at its object. */
class EmbeddedFontCompactorTest {

    private static ScorecardRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new ScorecardRenderer();
    }

    @Test
    void everyCrossReferenceOffsetPointsAtItsObjectAfterTheRewrite() throws Exception {
        for (byte[] pdf : new byte[][] {
            renderer.renderUnitScorecard(SampleCity.scorecard("410711")), renderer.renderBulletin(SampleCity.bulletin())
        }) {
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF").matcher(text);
            assertThat(start.find()).isTrue();
            int xref = Integer.parseInt(start.group(1));
            assertThat(text.substring(xref)).startsWith("xref\n0 ");
            String[] header =
                    text.substring(xref + 5, text.indexOf('\n', xref + 5)).split(" ");
            int count = Integer.parseInt(header[1]);
            int entries = text.indexOf('\n', xref + 5) + 1;
            int objects = 0;
            int streams = 0;
            for (int i = 1; i < count; i++) {
                String entry = text.substring(entries + 20 * i, entries + 20 * i + 20);
                if (entry.charAt(17) == 'n') {
                    int offset = Integer.parseInt(entry.substring(0, 10));
                    assertThat(text.substring(offset)).as("object %d", i).startsWith(i + " 0 obj");
                    objects++;
                    int stream = text.indexOf(">>stream\n", offset);
                    if (stream > 0 && stream < text.indexOf("endobj", offset)) {
                        // deflated, not stored: the block type bits of the first deflate block are not 00
                        assertThat(pdf[stream + 2 + 7 + 2] & 0x06)
                                .as("object %d's stream is stored uncompressed", i)
                                .isNotZero();
                        streams++;
                    }
                }
            }
            assertThat(objects).isGreaterThan(10);
            assertThat(streams).isGreaterThanOrEqualTo(7); // a page, two fonts with their ToUnicode and CIDSet
            // the font programs were compacted: no stream is stored uncompressed at ~270 KB
            assertThat(pdf.length).isLessThan(100_000);
            assertThat(PdfText.text(pdf)).isNotBlank();
        }
    }

    @Test
    void aCompactFontProgramStoredUncompressedIsDeflatedAndTheOffsetsFollow() throws Exception {
        byte[] program = new byte[20_000];
        for (int i = 0; i < program.length; i++) {
            program[i] = (byte) (i % 7);
        }
        java.io.ByteArrayOutputStream stored = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z =
                new java.util.zip.DeflaterOutputStream(stored, new java.util.zip.Deflater(0))) {
            z.write(program);
        }
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        write(pdf, "%PDF-1.5\n");
        offsets.add(pdf.size());
        write(pdf, "1 0 obj\n<</Subtype/CIDFontType0C/Filter/FlateDecode/Length " + stored.size() + ">>stream\n");
        pdf.write(stored.toByteArray());
        write(pdf, "\nendstream\nendobj\n");
        offsets.add(pdf.size());
        write(pdf, "2 0 obj\n<</Type/Catalog>>\nendobj\n");
        int xref = pdf.size();
        write(pdf, "xref\n0 3\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(pdf, String.format("%010d 00000 n \n", o));
        }
        write(pdf, "trailer\n<</Size 3/Root 2 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");

        byte[] out = EmbeddedFontCompactor.compact(pdf.toByteArray());

        assertThat(out.length).isLessThan(pdf.size() - 15_000);
        String text = new String(out, StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("/Length (\\d+)>>stream\n").matcher(text);
        assertThat(length.find()).isTrue();
        int dataStart = length.end();
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(out, dataStart, Integer.parseInt(length.group(1)));
        byte[] back = new byte[program.length];
        assertThat(inflater.inflate(back)).isEqualTo(program.length);
        assertThat(inflater.finished()).isTrue();
        assertThat(back).isEqualTo(program);
        int newXref = text.indexOf("\nxref\n") + 1;
        assertThat(text).contains("startxref\n" + newXref + "\n");
        int second = Integer.parseInt(text.substring(newXref + 9 + 40, newXref + 9 + 50));
        assertThat(text.substring(second)).startsWith("2 0 obj");
    }

    private static void write(java.io.ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aFileWithoutTrueTypeFontsIsLeftAsItIs() {
        byte[] pdf = "%PDF-1.5\n1 0 obj\n<</Type/Catalog>>\nendobj\nxref\n0 2\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(EmbeddedFontCompactor.compact(pdf)).isSameAs(pdf);
    }
}
