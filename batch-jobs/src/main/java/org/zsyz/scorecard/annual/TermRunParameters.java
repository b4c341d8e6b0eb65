package org.zsyz.scorecard.annual;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.step.StepExecution;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.domain.ResultStage;

/** What an annual or quarterly run was started with, as its steps read it. */
public record TermRunParameters(
        Term term,
        int revision,
        ResultStage stage,
        LocalDate publishedOn,
        LocalDate objectionDeadline,
        String reason,
        long jobInstanceId,
        long jobExecutionId) {

    /** Non-identifying: the last day of the 公示 window, for a 公示稿. */
    public static final String OBJECTION_DEADLINE = "objectionDeadline";

    public static TermRunParameters of(StepExecution step) {
        JobParameters p = step.getJobParameters();
        String deadline = p.getString(OBJECTION_DEADLINE);
        return new TermRunParameters(
                Term.parse(p.getString(JobParameterNames.TERM)),
                p.getLong(JobParameterNames.REVISION).intValue(),
                ResultStage.valueOf(p.getString(JobParameterNames.STAGE)),
                LocalDate.parse(p.getString(JobParameterNames.PUBLISHED_ON)),
                deadline == null || deadline.isEmpty() ? null : LocalDate.parse(deadline),
                p.getString(JobParameterNames.REASON),
                step.getJobExecution().getJobInstance().getInstanceId(),
                step.getJobExecutionId());
    }

    /** The note under a document's title: the 公示 window, or why it was corrected. */
    public String stageNote(int objectionDays) {
        return switch (stage) {
            case NOTICE ->
                (revision > 0
                                ? "重新发布的公示稿（第" + revision + "次）"
                                        + (reason == null || reason.isBlank() ? "" : "，原因：" + reason) + "。"
                                : "")
                        + "公示期至 " + objectionDeadline + "（" + objectionDays + " 个工作日）；对结果有异议的单位，请在公示期内通过门户提出并附材料";
            case CORRECTED -> "更正说明：" + reason;
            case FINAL -> "";
        };
    }

    /** A run must name its term, its revision and its stage. */
    static final class Validator implements JobParametersValidator {
        @Override
        public void validate(JobParameters parameters) throws InvalidJobParametersException {
            String term = parameters.getString(JobParameterNames.TERM);
            if (term == null
                    || parameters.getLong(JobParameterNames.REVISION) == null
                    || parameters.getString(JobParameterNames.STAGE) == null) {
                throw new InvalidJobParametersException("'term', 'revision' and 'stage' are required");
            }
            try {
                Term.parse(term);
            } catch (IllegalArgumentException e) {
                throw new InvalidJobParametersException(e.getMessage());
            }
        }
    }
}
