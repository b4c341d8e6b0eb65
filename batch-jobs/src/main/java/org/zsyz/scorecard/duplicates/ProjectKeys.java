package org.zsyz.scorecard.duplicates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key two ledger rows are compared by: investor and project name with full-width folded to half-width (NFKC),
 * case folded, and everything but letters and digits dropped (spaces, punctuation, brackets of either width).
 */
public final class ProjectKeys {

    private ProjectKeys() {}

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The SHA-256 of the normalised investor and project name; {@code null} when either is empty once normalised. */
    public static String key(String investor, String projectName) {
        String who = normalise(investor);
        String what = normalise(projectName);
        if (who.isEmpty() || what.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((who + '\u001f' + what).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
