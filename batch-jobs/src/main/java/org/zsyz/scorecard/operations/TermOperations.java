package org.zsyz.scorecard.operations;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.annual.AnnualJobConfiguration;
import org.zsyz.scorecard.annual.QuarterlyJobConfiguration;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermAssessmentService;
import org.zsyz.scorecard.annual.TermObjections;
import org.zsyz.scorecard.annual.TermPublicationService;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.annual.TermRunParameters;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.domain.ResultStage;
import org.zsyz.scorecard.store.term.TermPublication;

/**
 * The year's and the quarters' runs as the command line, the portal and the schedule start them (docs/annual.md):
 * the first run publishes the 公示稿; {@code revision} publishes a revised 公示稿 during the window (after an
 * accepted objection) or, once final, a 更正版 with its reason; {@code finalise} publishes the 正式 result after
 * the window, when every objection has its answer.
 */
@Service
public class TermOperations {

    private final JobRunner runner;
    private final JobRepository jobRepository;
    private final TermAssessmentService assessments;
    private final TermPublicationService publications;
    private final TermObjections objections;
    private final Clock clock;

    public TermOperations(
            JobRunner runner,
            JobRepository jobRepository,
            TermAssessmentService assessments,
            TermPublicationService publications,
            TermObjections objections,
            Clock clock) {
        this.runner = runner;
        this.jobRepository = jobRepository;
        this.assessments = assessments;
        this.publications = publications;
        this.objections = objections;
        this.clock = clock;
    }

    public static String jobOf(Term term) {
        return term.isYear() ? AnnualJobConfiguration.JOB : QuarterlyJobConfiguration.JOB;
    }

    /**
     * Assesses and publishes the term: the first time as 公示稿; again only as a revision.
     *
     * @param reason required for a 更正版 (a revision after the result is final)
     * @throws TermRefusedException when the term cannot be run as asked; nothing was changed
     */
    public JobExecution run(Term term, boolean revision, String reason) throws Exception {
        String job = jobOf(term);
        TermPublication latest = publications.latest(term);
        int next = latest == null ? 0 : latest.revision() + 1;
        JobExecution unfinished = jobRepository.getLastJobExecution(job, identifying(term, next));
        if (unfinished != null && unfinished.getStatus() != BatchStatus.COMPLETED) {
            return runner.run(job, unfinished.getJobParameters()); // resumes with its own parameters
        }
        LocalDate today = LocalDate.now(clock);
        ResultStage stage;
        LocalDate deadline = null;
        if (latest == null) {
            stage = ResultStage.NOTICE;
        } else if (!revision) {
            throw new TermRefusedException(term.title() + "考核结果已发布"
                    + latest.stage().label() + "（" + latest.publishedAt().toLocalDate()
                    + (latest.stage() == ResultStage.NOTICE
                            ? "，公示期至 " + latest.objectionDeadline() + "）。采纳异议、改正核定数或加减分后重新发布公示稿，请加 --revision；"
                                    + "公示期满、异议均已答复后定稿，请加 --final"
                            : "）。结果已锁定，如需更正，请加 --revision 并用 --reason 写明更正原因"));
        } else if (latest.stage() == ResultStage.NOTICE) {
            stage = ResultStage.NOTICE;
            deadline = latest.objectionDeadline(); // a revised 公示稿 keeps the window of the first
        } else {
            if (reason == null || reason.isBlank()) {
                throw new TermRefusedException(term.title() + "考核结果已定稿，更正版须写明更正原因（--reason）");
            }
            stage = ResultStage.CORRECTED;
        }
        assessments.check(term);
        if (stage == ResultStage.NOTICE && deadline == null) {
            deadline = TermPublicationService.addWorkingDays(
                    today, assessments.method(term).objectionWorkingDays());
        }
        // a 更正版 must say why; a 公示稿 published again in the window may (its documents and messages say it)
        String why = latest == null || reason == null || reason.isBlank() ? null : reason.strip();
        return launch(job, term, next, stage, today, deadline, why);
    }

    /**
     * Publishes the 公示稿's results as final (正式) and locks them.
     *
     * @throws TermRefusedException before the window closes, with unanswered objections, or when already final
     */
    public JobExecution finalise(Term term) throws Exception {
        String job = jobOf(term);
        TermPublication latest = publications.latest(term);
        if (latest == null) {
            throw new TermRefusedException(term.title() + "考核结果尚未发布公示稿，不能定稿");
        }
        int next = latest.revision() + 1;
        JobExecution unfinished = jobRepository.getLastJobExecution(job, identifying(term, next));
        if (unfinished != null && unfinished.getStatus() != BatchStatus.COMPLETED) {
            return runner.run(job, unfinished.getJobParameters());
        }
        if (latest.stage() != ResultStage.NOTICE) {
            throw new TermRefusedException(
                    term.title() + "考核结果已于 " + latest.publishedAt().toLocalDate() + " 定稿（"
                            + latest.stage().label() + "），不再重复定稿");
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(latest.objectionDeadline())) {
            throw new TermRefusedException(term.title() + "公示期至 " + latest.objectionDeadline() + "，期满后才能定稿");
        }
        long pending = objections.pendingCount(term);
        if (pending > 0) {
            throw new TermRefusedException(
                    term.title() + "尚有 " + pending + " 条异议未答复，请先答复（采纳的，改正后用 --revision 重新发布公示稿）");
        }
        return launch(job, term, next, ResultStage.FINAL, today, null, null);
    }

    private JobExecution launch(
            String job, Term term, int revision, ResultStage stage, LocalDate today, LocalDate deadline, String reason)
            throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder(identifying(term, revision))
                .addString(JobParameterNames.STAGE, stage.name(), false)
                .addString(JobParameterNames.PUBLISHED_ON, today.toString(), false);
        if (deadline != null) {
            parameters.addString(TermRunParameters.OBJECTION_DEADLINE, deadline.toString(), false);
        }
        if (reason != null) {
            parameters.addString(JobParameterNames.REASON, reason, false);
        }
        return runner.run(job, parameters.toJobParameters());
    }

    private static JobParameters identifying(Term term, int revision) {
        return new JobParametersBuilder()
                .addString(JobParameterNames.TERM, term.key())
                .addLong(JobParameterNames.REVISION, (long) revision)
                .toJobParameters();
    }
}
