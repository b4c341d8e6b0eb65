package org.zsyz.scorecard.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.assess.ReviewAmounts;
import org.zsyz.scorecard.review.ReviewException;
import org.zsyz.scorecard.review.ReviewService;
import org.zsyz.scorecard.store.review.ProjectReview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorecard review exclude|reduce|undo|list}: the bureau's 认定 of a unit's project (不予认定, 核减), from a
 * period on. A refusal (a project not in the counting return, no reason…) prints why and exits 3, nothing stored.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = "认定: mark a project of a unit's counting return 不予认定 (exclude) or 核减 an amount (reduce) from a "
                + "period on, end it (undo), or list a year's.",
        subcommands = {
            ReviewCommand.Exclude.class,
            ReviewCommand.Reduce.class,
            ReviewCommand.Undo.class,
            ReviewCommand.ListReviews.class
        })
class ReviewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class Change extends SpringCommand {
        @Option(
                names = "--period",
                required = true,
                converter = PeriodOption.Converter.class,
                description = "from this period on, YYYY-MM")
        YearMonth period;

        @Option(names = "--unit", required = true, description = "the unit's code, e.g. 419921")
        String unit;

        @Option(names = "--project", required = true, description = "the project number (项目编号) in the unit's ledger")
        String project;

        @Option(names = "--reason", required = true, description = "why (shown on the unit's scorecard under 核减)")
        String reason;

        @Override
        int run(ConfigurableApplicationContext context) {
            try {
                ReviewService.Outcome outcome = change(context.getBean(ReviewService.class));
                out().println(outcome.message());
                return ExitCodes.OK;
            } catch (ReviewException e) {
                err().println("scorecard: 未认定：" + e.getMessage());
                return ExitCodes.REFUSED;
            }
        }

        abstract ReviewService.Outcome change(ReviewService reviews);
    }

    @Command(name = "exclude", mixinStandardHelpOptions = true, description = "不予认定: the project stops counting")
    static class Exclude extends Change {
        @Override
        ReviewService.Outcome change(ReviewService reviews) {
            return reviews.exclude(period, unit, project, reason);
        }
    }

    @Command(name = "reduce", mixinStandardHelpOptions = true, description = "核减: the project counts for less")
    static class Reduce extends Change {
        @Option(names = "--amount", required = true, description = "the amount taken off (亿元; 万美元 for foreign funds)")
        BigDecimal amount;

        @Option(
                names = "--field",
                defaultValue = "funds_this_year",
                description = "funds_this_year (default), funds_total, contract_amount or foreign_funds_this_year")
        String field;

        @Override
        ReviewService.Outcome change(ReviewService reviews) {
            return reviews.reduce(period, unit, project, field, amount, reason);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "ends a 认定 from the period on")
    static class Undo extends Change {
        @Override
        ReviewService.Outcome change(ReviewService reviews) {
            return reviews.undo(period, unit, project, reason);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "the 认定 of a year")
    static class ListReviews extends SpringCommand {
        @Option(names = "--year", required = true, description = "e.g. 2025")
        int year;

        @Override
        int run(ConfigurableApplicationContext context) {
            TextTable table = new TextTable("单位", "项目编号", "项目名称", "认定", "生效", "理由", "认定人");
            for (ProjectReview r : context.getBean(ReviewService.class).ofYear(year)) {
                table.row(
                        r.unitCode(),
                        r.projectNo(),
                        r.projectName(),
                        r.kind().label()
                                + (r.amount() == null
                                        ? ""
                                        : ReviewAmounts.label(r.amountField()) + " "
                                                + r.amount()
                                                        .stripTrailingZeros()
                                                        .toPlainString()
                                                + ReviewAmounts.unit(r.amountField())),
                        r.fromPeriod() + " 起" + (r.untilPeriod() == null ? "" : "，" + r.untilPeriod() + " 撤销"),
                        r.reason(),
                        r.decidedBy());
            }
            if (table.isEmpty()) {
                out().println(year + " 年没有认定。");
            } else {
                out().print(table);
            }
            return ExitCodes.OK;
        }
    }
}
