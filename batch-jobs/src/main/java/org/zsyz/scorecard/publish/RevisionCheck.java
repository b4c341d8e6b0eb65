package org.zsyz.scorecard.publish;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.returns.InboxFileReader;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.review.ReviewMapper;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.TargetImport;

/**
 * Whether a 更正版 asked for would differ from the publication it corrects. It would not when nothing it is made
 * from changed since: no file waits in the inbox (for a monthly run), every unit's counting return is the one the
 * published assessment used (no new version, none sent back), neither it nor the month before was assessed again
 * since the publication, the assessment method's text is the same and no targets were imported for the year.
 */
@Component
public class RevisionCheck {

    private final ReturnSubmissionMapper submissions;
    private final AssessmentMapper assessments;
    private final AssessmentRulesSource rules;
    private final AnnualTargetMapper targets;
    private final ReviewMapper reviews;

    public RevisionCheck(
            ReturnSubmissionMapper submissions,
            AssessmentMapper assessments,
            AssessmentRulesSource rules,
            AnnualTargetMapper targets,
            ReviewMapper reviews) {
        this.submissions = submissions;
        this.assessments = assessments;
        this.rules = rules;
        this.targets = targets;
        this.reviews = reviews;
    }

    /**
     * Whether the bureau recorded a 认定 or a duplicate decision bearing on the period since it was published: a
     * published month is locked, so the next run of it is a 更正版 without being asked.
     */
    public boolean verifiedSince(YearMonth period, Publication latest) {
        return reviews.countChangesSince(period.toString(), latest.publishedAt()) > 0;
    }

    /**
     * Whether an assessment was made after the publication (by a later job execution: ids only grow), so the
     * publication does not show it. The monthly run's own assessment has the publication's execution id.
     */
    private static boolean assessedAfter(AssessmentRun run, Publication latest) {
        return run.jobExecutionId() == null
                || latest.jobExecutionId() == null
                || run.jobExecutionId() > latest.jobExecutionId();
    }

    /**
     * @param inbox the folder a monthly run would import first, or {@code null} (publish alone imports nothing)
     * @return why the revision is refused, or {@code null} when something changed and it is worth publishing
     */
    public String nothingNew(YearMonth period, Publication latest, Path inbox) {
        if (inbox != null && !InboxFileReader.waitingFiles(inbox).isEmpty()) {
            return null;
        }
        if (inbox != null && verifiedSince(period, latest)) {
            return null; // a monthly run assesses again; publish alone is judged by its assessment below
        }
        AssessmentRun run = assessments.findRun(period);
        if (run == null
                || !Objects.equals(
                        run.configSha256(), rules.forYear(period.getYear()).sha256())
                || assessedAfter(run, latest)) {
            return null;
        }
        Set<Long> used = assessments.findUnitScores(period).stream()
                .filter(s -> !"MISSING".equals(s.reportStatus()))
                .map(s -> s.submissionId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> counting =
                submissions.findCounting(period).stream().map(s -> s.id()).collect(Collectors.toSet());
        if (!used.equals(counting)) {
            return null;
        }
        LocalDateTime publishedAt = latest.publishedAt();
        List<TargetImport> imports = targets.findImports(period.getYear());
        if (!imports.isEmpty() && imports.get(imports.size() - 1).importedAt().isAfter(publishedAt)) {
            return null;
        }
        AssessmentRun before = assessments.findRun(period.minusMonths(1));
        if (before != null && assessedAfter(before, latest)) {
            return null;
        }
        return period + " 自上次发布（" + (latest.revision() == 0 ? "原版" : "第" + latest.revision() + "次更正版") + "，"
                + publishedAt.withNano(0).toString().replace('T', ' ') + "）以来没有任何变化："
                + (inbox == null ? "" : "收件箱 " + inbox + " 中没有文件，") + "各单位计入的月报、目标任务书、考核办法、认定和重复项目裁定都与发布时相同，更正版将与已发布的"
                + "完全一样，因此不发布。有新的月报时放入收件箱（或在网上报送），再运行同一命令";
    }
}
