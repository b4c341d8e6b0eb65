package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.core.convert.converter.Converter;

/**
 * A period in a request ({@code ?period=2025-09}, {@code /scorecards/2025-09}), the one way the portal reads it.
 * Blank is no period; text that is not a year-month fails the binding, which {@link PortalAdvice} answers.
 */
class PeriodConverter implements Converter<String, YearMonth> {

    @Override
    public YearMonth convert(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(malformed(text, YearMonth.of(2025, 9)), e);
        }
    }

    /** 报告期“abc”格式不对，应写成如 2025-09 的年-月。 */
    static String malformed(String text, YearMonth example) {
        String t = text.strip();
        return "报告期“" + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "”格式不对，应写成如 " + example + " 的年-月。";
    }
}
