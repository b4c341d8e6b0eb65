package org.zsyz.scorecard.cli;

import org.zsyz.scorecard.annual.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "annual",
        mixinStandardHelpOptions = true,
        description = "The year's assessment from its months: 平时 and 年终 scores, 加减分, grades, awards and 连冠, "
                + "published into out/<year>/ as 公示稿; then --final after the objection window, or --revision.")
class AnnualCommand extends TermCommand {

    @Option(names = "--year", required = true, description = "the year, e.g. 2025")
    int year;

    @Override
    Term term() {
        return Term.year(year);
    }
}
