package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PdfStabilizerTest {

    private static String pdf(String tagA, String tagB, String id) {
        return "%PDF-1.5\n"
                + "1 0 obj <</Type/FontDescriptor/FontName/" + tagA + "+NotoSansHans-Regular>> endobj\n"
                + "2 0 obj <</Type/Font/BaseFont/" + tagA + "+NotoSansHans-Regular>> endobj\n"
                + "3 0 obj <</Type/Font/BaseFont/" + tagB + "+NotoSansHans-Medium>> endobj\n"
                + "4 0 obj <</Subtype/Type0/BaseFont/" + tagB + "+NotoSansHans-Medium>> endobj\n"
                + "5 0 obj <</Name/NOTATAG+X /Other/ABCDEFG>> endobj\n"
                + "trailer\n<</Info 6 0 R/ID [<" + id + "><" + id + ">]/Root 7 0 R/Size 8>>\nstartxref\n123\n%%EOF\n";
    }

    private static String stabilize(String pdf) {
        return new String(
                PdfStabilizer.stabilize(pdf.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void randomTagsAndIdBecomeFunctionsOfTheContent() {
        String one = stabilize(pdf("KWMAUS", "QAGKDT", "24a7e29930f384d6bdcf0932cbf9f223"));
        String two = stabilize(pdf("ZZXQRT", "BCDEFG", "0123456789abcdef0123456789abcdef"));
        assertThat(one).isEqualTo(two).hasSameSizeAs(pdf("KWMAUS", "QAGKDT", "24a7e29930f384d6bdcf0932cbf9f223"));

        Matcher regular = Pattern.compile("/([A-Z]{6})\\+NotoSansHans-Regular").matcher(one);
        Matcher medium = Pattern.compile("/([A-Z]{6})\\+NotoSansHans-Medium").matcher(one);
        assertThat(regular.find()).isTrue();
        String a = regular.group(1);
        assertThat(regular.find()).isTrue();
        assertThat(regular.group(1)).as("one subset keeps one tag").isEqualTo(a);
        assertThat(medium.find()).isTrue();
        assertThat(medium.group(1)).as("different subsets get different tags").isNotEqualTo(a);
        assertThat(one)
                .doesNotContain("KWMAUS", "QAGKDT", "24a7e29930f384d6bdcf0932cbf9f223")
                .contains("/Name/NOTATAG+X /Other/ABCDEFG");
        assertThat(one).containsPattern("/ID \\[<([0-9a-f]{32})><\\1>]");
    }

    @Test
    void differentContentGivesDifferentTags() {
        String one = stabilize(pdf("KWMAUS", "QAGKDT", "24a7e29930f384d6bdcf0932cbf9f223"));
        String other = stabilize(
                pdf("KWMAUS", "QAGKDT", "24a7e29930f384d6bdcf0932cbf9f223").replace("Size 8", "Size 9"));
        assertThat(other.substring(0, 80)).isNotEqualTo(one.substring(0, 80));
    }
}
