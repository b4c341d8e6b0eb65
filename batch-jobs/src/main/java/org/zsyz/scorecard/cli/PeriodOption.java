package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --period YYYY-MM}, required, declared once for every command that works on one period. */
class PeriodOption {

    @Option(names = "--period", required = true, converter = Converter.class, description = "YYYY-MM")
    private YearMonth period;

    YearMonth value() {
        return period;
    }

    static class Converter implements CommandLine.ITypeConverter<YearMonth> {

        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "period must be YYYY-MM, e.g. 2025-09, not '" + value + "'");
            }
        }
    }
}
