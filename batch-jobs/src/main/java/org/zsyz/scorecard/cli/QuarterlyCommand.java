package org.zsyz.scorecard.cli;

import org.zsyz.scorecard.annual.Term;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "quarterly",
        mixinStandardHelpOptions = true,
        description = "A finished quarter's assessment from its months, published into out/<YYYY-Qn>/ as 公示稿; "
                + "then --final after the objection window, or --revision.")
class QuarterlyCommand extends TermCommand {

    @Option(
            names = "--quarter",
            required = true,
            converter = QuarterConverter.class,
            description = "YYYY-Qn, e.g. 2025-Q3")
    Term quarter;

    @Override
    Term term() {
        return quarter;
    }

    static class QuarterConverter implements CommandLine.ITypeConverter<Term> {
        @Override
        public Term convert(String value) {
            try {
                return Term.parseQuarter(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
