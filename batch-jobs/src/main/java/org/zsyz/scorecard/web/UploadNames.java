package org.zsyz.scorecard.web;

import java.text.Normalizer;

/** File names as users send them, reduced to what a reader sees. */
final class UploadNames {

    private UploadNames() {}

    /**
     * The name without control, format (bidirectional overrides and isolates, zero-width characters, the byte order
     * mark), line or paragraph separator characters, unpaired surrogates or unassigned code points, in NFC.
     */
    static String visible(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(UploadNames::isVisible).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
