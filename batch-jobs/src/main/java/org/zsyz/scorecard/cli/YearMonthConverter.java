package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;

/** --period YYYY-MM. */
class YearMonthConverter implements CommandLine.ITypeConverter<YearMonth> {

    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("period must be YYYY-MM, e.g. 2025-09, not '" + value + "'");
        }
    }
}
