package org.zsyz.scorecard.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.assess.AssessJobConfiguration;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.monthly.MonthlyJobConfiguration;
import org.zsyz.scorecard.publish.PublicationService;
import org.zsyz.scorecard.publish.PublishJobConfiguration;
import org.zsyz.scorecard.publish.RevisionCheck;
import org.zsyz.scorecard.returns.ImportReturnsJobConfiguration;
import org.zsyz.scorecard.returns.InboxFileReader;
import org.zsyz.scorecard.returns.ReturnsQuorum;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.review.ReviewMapper;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.TargetImport;
import org.zsyz.scorecard.targets.ImportTargetsJobConfiguration;
import org.zsyz.scorecard.verification.VerificationState;

/**
 * The system's operations as the command line, the schedule and the portal start them: each builds its
 * job's identifying parameters and runs (or resumes) the job.
 */
@Service
public class ScorecardOperations {

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(19|20)\\d{2}");

    private final JobRunner runner;
    private final JobRepository jobRepository;
    private final ScorecardProperties settings;
    private final ReturnSubmissionMapper submissions;
    private final AnnualTargetMapper targets;
    private final AssessmentMapper assessments;
    private final AssessmentRulesSource rules;
    private final PublicationService publications;
    private final Clock clock;
    private final ReturnsQuorum quorum;
    private final RevisionCheck revisionCheck;
    private final VerificationState verificationState;
    private final ReviewMapper reviews;

    public ScorecardOperations(
            JobRunner runner,
            JobRepository jobRepository,
            ScorecardProperties settings,
            ReturnSubmissionMapper submissions,
            AnnualTargetMapper targets,
            AssessmentMapper assessments,
            AssessmentRulesSource rules,
            PublicationService publications,
            Clock clock,
            ReturnsQuorum quorum,
            RevisionCheck revisionCheck,
            VerificationState verificationState,
            ReviewMapper reviews) {
        this.verificationState = verificationState;
        this.quorum = quorum;
        this.revisionCheck = revisionCheck;
        this.reviews = reviews;
        this.runner = runner;
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.submissions = submissions;
        this.targets = targets;
        this.assessments = assessments;
        this.rules = rules;
        this.publications = publications;
        this.clock = clock;
    }

    /** A period already published, asked to publish again without asking for a revision. */
    public static class AlreadyPublishedException extends RuntimeException {
        public AlreadyPublishedException(String message) {
            super(message);
        }
    }

    /** The year a targets workbook is for: given, or the 4-digit year in its file name. */
    public static int yearOf(Path file, Integer year) {
        if (year != null) {
            return year;
        }
        Matcher m = YEAR_IN_NAME.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new IllegalArgumentException("无法从文件名 " + file.getFileName() + " 看出年份，请用 --year 指定");
        }
        return Integer.parseInt(m.group());
    }

    public JobExecution importTargets(Path file, int year) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("找不到目标任务书文件 " + file);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.YEAR, Integer.toString(year))
                .addString(JobParameterNames.FILE_SHA256, FileDigest.sha256(file))
                .addString(JobParameterNames.FILE, file.toAbsolutePath().toString(), false)
                .toJobParameters();
        return runner.run(ImportTargetsJobConfiguration.JOB, parameters);
    }

    public JobExecution importReturns(YearMonth period, Path inbox) throws Exception {
        Path folder = inbox != null ? inbox : settings.inbox(period);
        // Returns wait in the inbox while the year has no targets: once targets are imported, the same inbox is new.
        List<TargetImport> imports = targets.findImports(period.getYear());
        String fingerprint = inboxFingerprint(folder)
                + (imports.isEmpty()
                        ? ""
                        : "+" + imports.get(imports.size() - 1).id());
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, period.toString())
                .addString(JobParameterNames.INBOX_FINGERPRINT, fingerprint);
        if (inbox != null) {
            parameters.addString(JobParameterNames.INBOX, inbox.toAbsolutePath().toString(), false);
        }
        return runner.run(ImportReturnsJobConfiguration.JOB, parameters.toJobParameters());
    }

    /**
     * Assesses a period. A published period with nothing new since (the check of a monthly run's 更正版) is
     * refused: assessed again, it would count as a change, and the next monthly run would send every unit a
     * 更正版 identical to what they have.
     */
    public JobExecution assess(YearMonth period) throws Exception {
        Publication latest = publications.latest(period);
        if (latest != null && revisionCheck.nothingNew(period, latest, settings.inbox(period)) != null) {
            throw new AlreadyPublishedException(period + " 已发布（"
                    + (latest.revision() == 0 ? "原版" : "第" + latest.revision() + "次更正版") + "），此后计入的月报、目标任务书、"
                    + "考核办法、认定和重复项目裁定都没有变化：重新评估的结果与发布时相同，因此不评估");
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, period.toString())
                .addString(JobParameterNames.INPUTS_FINGERPRINT, inputsFingerprint(period))
                .toJobParameters();
        return runner.run(AssessJobConfiguration.JOB, parameters);
    }

    public JobExecution publish(YearMonth period, boolean revision) throws Exception {
        return publish(period, revision, false);
    }

    /**
     * @param confirmFewReturns the operator confirmed publishing a month with no or far fewer returns than the
     *                          month published before it ({@link ReturnsQuorum}); without it such a month is refused
     */
    public JobExecution publish(YearMonth period, boolean revision, boolean confirmFewReturns) throws Exception {
        JobParameters parameters = publishParameters(PublishJobConfiguration.JOB, period, revision, null);
        return confirmed(period, confirmFewReturns, () -> {
            quorum.check(period, settings.inbox(period)); // assessed already: the returns are known before it starts
            return runner.run(PublishJobConfiguration.JOB, parameters);
        });
    }

    public JobExecution monthly(YearMonth period, Path inbox, boolean revision) throws Exception {
        return monthly(period, inbox, revision, false);
    }

    /** @param confirmFewReturns as for {@link #publish(YearMonth, boolean, boolean)}; checked after the import */
    public JobExecution monthly(YearMonth period, Path inbox, boolean revision, boolean confirmFewReturns)
            throws Exception {
        JobParameters parameters = publishParameters(MonthlyJobConfiguration.JOB, period, revision, inbox);
        return confirmed(period, confirmFewReturns, () -> runner.run(MonthlyJobConfiguration.JOB, parameters));
    }

    private JobExecution confirmed(YearMonth period, boolean confirm, java.util.concurrent.Callable<JobExecution> run)
            throws Exception {
        if (!confirm) {
            return run.call();
        }
        quorum.confirm(period);
        try {
            return run.call();
        } finally {
            quorum.release(period);
        }
    }

    /**
     * Period and revision identify a publishing run. An unfinished run of the latest revision is resumed;
     * otherwise a published period is published again only as a revision, and only when something changed.
     */
    private JobParameters publishParameters(String job, YearMonth period, boolean revisionWanted, Path inbox) {
        Publication latest = publications.latest(period);
        int revision;
        if (latest == null) {
            revision = 0;
        } else {
            JobExecution unfinished = jobRepository.getLastJobExecution(job, identifying(period, latest.revision()));
            if (unfinished != null && unfinished.getStatus() != BatchStatus.COMPLETED) {
                revision = latest.revision();
            } else {
                // A published month is locked: a monthly run after a change to it (a new or sent-back return, a file
                // in the inbox, a 认定, a duplicate decision, new targets or method) is a 更正版 without being asked;
                // with nothing changed it is refused, asked or not. Publish alone only revises when asked.
                boolean monthly = MonthlyJobConfiguration.JOB.equals(job);
                if (!revisionWanted && !monthly) {
                    throw new AlreadyPublishedException(period + " 已发布（"
                            + (latest.revision() == 0 ? "原版" : "第" + latest.revision() + "次更正版") + "，"
                            + latest.publishedAt().toLocalDate()
                            + "）。如需发布更正版，请加 --revision");
                }
                String unchanged = revisionCheck.nothingNew(
                        period, latest, monthly ? (inbox != null ? inbox : settings.inbox(period)) : null);
                if (unchanged != null) {
                    throw new AlreadyPublishedException(unchanged);
                }
                revision = latest.revision() + 1;
            }
        }
        JobParametersBuilder parameters = new JobParametersBuilder(identifying(period, revision))
                .addString(JobParameterNames.PUBLISHED_ON, LocalDate.now(clock).toString(), false);
        if (inbox != null) {
            parameters.addString(JobParameterNames.INBOX, inbox.toAbsolutePath().toString(), false);
        }
        return parameters.toJobParameters();
    }

    private static JobParameters identifying(YearMonth period, int revision) {
        return new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, period.toString())
                .addLong(JobParameterNames.REVISION, (long) revision)
                .toJobParameters();
    }

    /** Names, sizes and times of the waiting files: the same inbox is not imported twice. */
    static String inboxFingerprint(Path folder) {
        StringBuilder listing = new StringBuilder();
        for (Path file : InboxFileReader.waitingFiles(folder)) {
            try {
                listing.append(file.getFileName())
                        .append('|')
                        .append(Files.size(file))
                        .append('|')
                        .append(Files.getLastModifiedTime(file).toMillis())
                        .append('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return sha256(listing.toString());
    }

    /**
     * What an assessment depends on: returns received, targets imported, the method's text (so an edited
     * rules file makes a new run), last month's results.
     */
    private String inputsFingerprint(YearMonth period) {
        List<TargetImport> imports = targets.findImports(period.getYear());
        AssessmentRun previous = assessments.findRun(period.minusMonths(1));
        return sha256(submissions.lastSubmissionId() + "|"
                + (imports.isEmpty() ? "-" : imports.get(imports.size() - 1).id()) + "|"
                + rules.forYear(period.getYear()).sha256() + "|"
                + (previous == null ? "-" : previous.computedAt())
                + verificationState.of(period)
                + "|"
                + reviews.verificationStamp(period.toString()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
