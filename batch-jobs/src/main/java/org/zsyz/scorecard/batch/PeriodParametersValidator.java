package org.zsyz.scorecard.batch;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** A run must name its period as YYYY-MM. */
public class PeriodParametersValidator implements JobParametersValidator {

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        String period = parameters.getString(JobParameterNames.PERIOD);
        if (period == null) {
            throw new InvalidJobParametersException("The 'period' parameter (YYYY-MM) is required");
        }
        try {
            YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new InvalidJobParametersException("'period' must be YYYY-MM, not " + period);
        }
    }
}
