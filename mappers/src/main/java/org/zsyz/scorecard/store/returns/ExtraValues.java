package org.zsyz.scorecard.store.returns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ledger row's values of the method's extra columns as one stored text ({@code ledger_project.extra_values}):
 * {@code CODE␟value␞CODE␟value}, with the unit and record separators (U+001F, U+001E) that the import never lets
 * into a value. Numbers are plain decimals in the column's unit, yes/no 是 or 否, dates ISO. {@code null} when the
 * method declares no extra columns, so such rows cost nothing.
 */
public final class ExtraValues {

    static final char UNIT = '\u001F';
    static final char RECORD = '\u001E';

    private ExtraValues() {}

    /** @return {@code null} for no values */
    public static String encode(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (b.length() > 0) {
                b.append(RECORD);
            }
            b.append(e.getKey()).append(UNIT).append(e.getValue());
        }
        return b.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(RECORD, start);
            if (end < 0) {
                end = text.length();
            }
            int unit = text.indexOf(UNIT, start);
            if (unit > start && unit < end) {
                values.put(text.substring(start, unit), text.substring(unit + 1, end));
            }
            start = end + 1;
        }
        return values;
    }

    /** Whether a text may be stored as a value (no control characters, which the encoding uses). */
    public static boolean storable(String value) {
        return value.chars().noneMatch(ch -> ch < 0x20);
    }
}
