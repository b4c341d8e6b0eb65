package org.zsyz.scorecard.assess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A year's assessment method as read: the rules, and the text they came from, so a result can record
 * exactly what produced it.
 *
 * @param year     the year it applies to
 * @param source   the file's path, or a note that the defaults applied because there is no file
 * @param text     the YAML text (for the defaults: the text {@code rules init} would write)
 * @param sha256   SHA-256 of the text as UTF-8: {@code sha256sum} of the file gives the same
 * @param fromFile whether a file was found; otherwise the defaults apply
 */
public record RulesFile(int year, String source, String text, String sha256, AssessmentRules rules, boolean fromFile) {

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
