package org.zsyz.scorecard.schedule;

import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.batch.RunEventListener;
import org.zsyz.scorecard.operations.TermOperations;

/**
 * The quarter after its last month (docs/annual.md): once the schedule has published March, June, September or
 * December, the quarter is assessed and published as 公示稿. A quarter that cannot be (months missing, already
 * published) is left for the bureau with the reason in the log; the year is never run by the schedule, since the
 * year-end figures are verified first.
 */
@Component
public class QuarterRuns {

    private static final Logger log = LoggerFactory.getLogger(RunEventListener.RUN_EVENTS);

    private final TermOperations terms;

    public QuarterRuns(TermOperations terms) {
        this.terms = terms;
    }

    /** The quarter a month closes, or {@code null}. */
    public static Term closedBy(YearMonth month) {
        return month.getMonthValue() % 3 == 0 ? new Term(month.getYear(), month.getMonthValue() / 3) : null;
    }

    /** @return whether a quarter was published */
    public boolean afterMonth(YearMonth month) {
        Term quarter = closedBy(month);
        if (quarter == null) {
            return false;
        }
        try {
            JobExecution execution = terms.run(quarter, false, null);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                log.info("Schedule: {} published as 公示稿 (execution {})", quarter, execution.getId());
                return true;
            }
            log.error(
                    "Schedule: {} did not finish ({}); run `scorecard quarterly --quarter {}` again",
                    quarter,
                    execution.getStatus(),
                    quarter);
        } catch (TermRefusedException e) {
            log.warn("Schedule: {} not run: {}", quarter, e.getMessage());
        } catch (Exception e) {
            log.error("Schedule: {} failed: {}", quarter, e.getMessage());
        }
        return false;
    }
}
