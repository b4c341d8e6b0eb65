package org.zsyz.scorecard.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cell text the way a person means it: full-width characters as their ASCII twins, stray spaces
 * ignored, thousands separators in numbers, dates typed in the usual Chinese ways.
 */
public final class CellText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DATE_YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?(\\s*\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");
    private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");

    private CellText() {}

    /** NFKC (full-width to half-width), trimmed, inner runs of space collapsed to one. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (alreadyClean(text)) {
            return text; // most cells: the same string NFKC and the space rules would give, without the work
        }
        String simple = simpleClean(text);
        if (simple != null) {
            return simple; // a name with full-width brackets, （二期）: a quarter of a return's texts
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACES.matcher(normalized).replaceAll(" ").trim();
    }

    /** Whether {@link #clean} leaves nothing; decided at the first letter, digit or ideograph without cleaning. */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keptByNfkc(c)) {
                return false; // NFKC keeps it and it is not a space
            }
        }
        return clean(text).isEmpty();
    }

    /** The key headers and labels are matched by: NFKC, no spaces at all, lower case. */
    public static String key(String text) {
        String clean = clean(text);
        if (alreadyKey(clean)) {
            return clean;
        }
        return SPACES.matcher(clean(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@link #clean} would return the text unchanged: only printable ASCII and CJK unified ideographs
     * (U+4E00–U+9FFF; none of these has an NFKC decomposition or composes with a neighbour), single spaces
     * between them and none at either end. Full-width forms, ideographic spaces and anything else take the full way.
     */
    static boolean alreadyClean(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if (!keptByNfkc(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * {@link #clean} by a table instead of NFKC and a regular expression, for text made only of characters whose
     * NFKC form is known and which never compose with a neighbour: printable ASCII, CJK unified ideographs, the
     * full-width forms of ASCII (U+FF01–U+FF5E, NFKC gives the ASCII twin), 、。《》「」『』【】 (unchanged) and the
     * spaces of the rule (tab, line breaks, no-break and ideographic space). Null for any other character: the
     * full way then decides.
     */
    static String simpleClean(String text) {
        char[] out = new char[text.length()]; // not a StringBuilder: the first ideograph would copy it to UTF-16
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped;
            if (keptByNfkc(c) || c == 0x3001 || c == 0x3002 || c >= 0x300A && c <= 0x3011) {
                mapped = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                mapped = (char) (c - 0xFEE0);
            } else if (c == ' ' || c >= '\t' && c <= '\r' || c == 0x00A0 || c == 0x3000) {
                pendingSpace = length > 0; // a run becomes one space, none at either end
                continue;
            } else {
                return null;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = mapped;
        }
        return new String(out, 0, length);
    }

    /** True when a cleaned text is already its own key: no space and no upper-case letter. */
    private static boolean alreadyKey(String clean) {
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == ' ' || c >= 'A' && c <= 'Z' || c >= 0x80 && !ideograph(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number typed as text: "1,234.5", "１２.５", " 3 ", "−2" (a typographic minus). Empty when it is not a
     * number; units or words in the cell ("5亿元", "约3") are not guessed at.
     */
    public static Optional<BigDecimal> parseNumber(String text) {
        String t = clean(text).replace(" ", "").replace('\u2212', '-');
        if (PLAIN_NUMBER.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.startsWith("+") ? t.substring(1) : t));
        }
        if (GROUPED_NUMBER.matcher(t).matches()) {
            String plain = t.replace(",", "");
            return Optional.of(new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain));
        }
        return Optional.empty();
    }

    /** A percentage typed as text, "75" or "75%" (NFKC turns the full-width ％ into %): the number 75. */
    public static Optional<BigDecimal> parsePercent(String text) {
        String t = clean(text);
        return parseNumber(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
    }

    /** A date typed as text: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, with or without a time. */
    public static Optional<LocalDate> parseDate(String text) {
        String t = clean(text);
        Matcher m = DATE_YMD.matcher(t);
        if (!m.matches()) {
            m = DATE_COMPACT.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A period typed as text: 2024-03, 2024/3, 2024年3月, 2024.03. */
    public static Optional<java.time.YearMonth> parseYearMonth(String text) {
        Matcher m = MONTH_YM.matcher(clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(java.time.YearMonth.of(Integer.parseInt(m.group(1)), month));
    }

    /**
     * A printable ASCII character other than space, or a CJK unified ideograph (U+4E00–U+9FFF): NFKC leaves it as
     * it is, it composes with no neighbour and it is not one of the rule's spaces.
     */
    private static boolean keptByNfkc(char c) {
        return c > 0x20 && c < 0x7F || ideograph(c);
    }

    private static boolean ideograph(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
