package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderer swaps fonts by rewriting the templates' styles, so a font name anywhere else would escape the
 * configured families; and every text element must use one of the styles.
 */
class TemplateLintTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                ScorecardRenderer.BULLETIN_TEMPLATE,
                ScorecardRenderer.SCORECARD_TEMPLATE,
                ScorecardRenderer.SUPERVISION_TEMPLATE
            })
    void fontNamesOnlyInStyles(String template) throws Exception {
        String xml = read(template);
        Matcher m = Pattern.compile("(?m)^.*fontName=.*$").matcher(xml);
        int styles = 0;
        while (m.find()) {
            assertThat(m.group().trim()).as("fontName outside a <style>").startsWith("<style ");
            styles++;
        }
        assertThat(styles).isGreaterThanOrEqualTo(2);
        assertThat(xml).contains("net.sf.jasperreports.awt.ignore.missing.font\" value=\"false\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ScorecardRenderer.BULLETIN_TEMPLATE,
                ScorecardRenderer.SCORECARD_TEMPLATE,
                ScorecardRenderer.SUPERVISION_TEMPLATE
            })
    void everyTextElementHasAStyle(String template) throws Exception {
        Matcher m = Pattern.compile("<element kind=\"(?:textField|staticText)\"[^>]*>")
                .matcher(read(template));
        int count = 0;
        while (m.find()) {
            assertThat(m.group()).contains("style=\"");
            count++;
        }
        assertThat(count).isGreaterThan(10);
    }

    private static String read(String template) throws Exception {
        try (InputStream in = ScorecardRenderer.class.getResourceAsStream(template)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
