package org.zsyz.scorecard.web;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.schedule.ScheduleProperties;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.portal.UnitStanding;
import org.zsyz.scorecard.store.portal.UnitStandingMapper;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * The county page's status banner for a period: the deadline, the version that counts (or why none does: not
 * sent, sent back with the bureau's reason, rejected), whether the month is published and what the published
 * scorecard says of the unit, and after a return that came after the publication, that it waits for a 更正版.
 */
@Component
class CountyStatus {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One line of the banner: {@code kind} is its style (notice, problem, info), {@code id} names it for tests. */
    record Line(String id, String kind, String text) {}

    private final ReturnSubmissionMapper submissions;
    private final PortalMapper portal;
    private final PublicationMapper publications;
    private final UnitStandingMapper standings;
    private final YearTargetsCheck yearTargets;
    private final AssessmentRulesSource method;
    private final ScheduleProperties schedule;
    private final Clock clock;

    CountyStatus(
            ReturnSubmissionMapper submissions,
            PortalMapper portal,
            PublicationMapper publications,
            UnitStandingMapper standings,
            YearTargetsCheck yearTargets,
            AssessmentRulesSource method,
            ScheduleProperties schedule,
            Clock clock) {
        this.submissions = submissions;
        this.portal = portal;
        this.publications = publications;
        this.standings = standings;
        this.yearTargets = yearTargets;
        this.method = method;
        this.schedule = schedule;
        this.clock = clock;
    }

    List<Line> banner(String unit, YearMonth period) {
        List<Line> lines = new ArrayList<>();
        String closed = yearTargets.problem(period, unit);
        if (closed != null) {
            lines.add(new Line("banner-targets", "problem", closed));
        }
        lines.add(new Line("banner-deadline", "info", deadline(period, closed != null)));
        ReturnSubmission counting = submissions.findCountingForUnit(unit, period);
        if (counting != null) {
            lines.add(new Line(
                    "banner-counting",
                    "notice",
                    "有效版本：第 " + counting.versionNo() + " 版 "
                            + counting.fileName() + "（" + counting.submittedAt().format(MINUTE) + " "
                            + ("PORTAL".equals(counting.source()) ? "网上" : "邮件") + "报送，已接收"
                            + (counting.late() ? "，逾期" : "") + "）。评估按这一版计；再报送新的一版将取代它。"));
        } else if (closed == null) {
            lines.add(noCountingVersion(unit, period));
        }
        Publication published = publications.findLatest(period);
        if (published != null) {
            lines.add(new Line("banner-published", "info", publishedNote(unit, period, published, counting)));
        }
        return lines;
    }

    /**
     * After an accepted upload for a month already published: the published scorecard does not show it, and the
     * next run of the month is a 更正版. {@code null} when the month is not published.
     */
    String lateAfterPublication(String unit, YearMonth period, int versionNo) {
        Publication published = publications.findLatest(period);
        if (published == null) {
            return null;
        }
        UnitStanding standing = standings.findOne(unit, period);
        return "注意：" + period + " 的成绩单已于 " + published.publishedAt().format(MINUTE) + " 发布"
                + revision(published) + "，" + whatItShows(standing) + "。第 " + versionNo
                + " 版已接收，但不会改变已发布的成绩单：市商务局重新运行 " + period + " 并发布更正版后，才按这一版计。";
    }

    /** @param closed nothing can be sent yet (no targets): "now" would promise what the page refuses */
    private String deadline(YearMonth period, boolean closed) {
        LocalDate due = method.deadline(period);
        LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
        String head = "报告期 " + period + " 的报送截止日期：" + due;
        long days = ChronoUnit.DAYS.between(today, due);
        if (days > 0) {
            return head + "（还有 " + days + " 天）。";
        }
        if (days == 0) {
            return head + "（今天截止）。";
        }
        return head + "，已过截止日期：" + (closed ? "目标任务书导入后" : "现在") + "报送的记为逾期报送。";
    }

    private Line noCountingVersion(String unit, YearMonth period) {
        List<SubmissionLine> versions = portal.findUnitLines(unit, 500).stream()
                .filter(l -> l.period().equals(period))
                .toList();
        SubmissionLine returned = versions.stream()
                .filter(l -> l.status() == SubmissionStatus.RETURNED)
                .max(Comparator.comparingInt(SubmissionLine::versionNo))
                .orElse(null);
        if (returned != null) {
            return new Line(
                    "banner-returned",
                    "problem",
                    "已退回：第 " + returned.versionNo() + " 版已被市商务局退回"
                            + (returned.returnedAt() == null
                                    ? ""
                                    : "（" + returned.returnedAt().format(MINUTE) + "）")
                            + "，原因：" + returned.sendBackReason() + "。请修改后重新报送；重新报送之前，本期按未报送计。");
        }
        String text = "本期还没有已接收的月报表，评估时按未报送计。";
        if (!versions.isEmpty()) {
            text += "最近的第 " + versions.get(0).versionNo() + " 版未通过校验，请按错误清单修改后重新上传。";
        }
        return new Line("banner-counting", "problem", text);
    }

    private String publishedNote(String unit, YearMonth period, Publication published, ReturnSubmission counting) {
        UnitStanding standing = standings.findOne(unit, period);
        String text = period + " 的成绩单已于 " + published.publishedAt().format(MINUTE) + " 发布" + revision(published) + "，"
                + whatItShows(standing) + "。";
        if (standing == null || !standing.asPublished()) {
            return text;
        }
        Long shown = standing.submissionId();
        if (counting != null && !Objects.equals(shown, counting.id())) {
            text += "本单位在发布后报送的第 " + counting.versionNo() + " 版未计入已发布的成绩单：市商务局重新运行该月并发布更正版后才计入。";
        } else if (counting == null && shown != null) {
            text += "发布时计入的版本已被退回：市商务局发布更正版之前，已发布的成绩单不变。";
        }
        return text;
    }

    /** What the newest publication says of the unit, when the stored result is the published one. */
    private String whatItShows(UnitStanding standing) {
        if (standing == null) {
            return "其中没有本单位的成绩";
        }
        if (!standing.asPublished()) {
            return "该月已在发布后重新评估，以即将发布的更正版为准";
        }
        String counted = standing.submissionId() == null || standing.reportStatus() == ReportStatus.MISSING
                ? "发布的成绩单中本单位为“未报送”"
                : "发布的成绩单中本单位按第 " + versionOf(standing.submissionId()) + " 版计";
        return counted + "，得分 "
                + standing.totalScore().setScale(2, RoundingMode.HALF_UP).toPlainString()
                + (standing.groupRank() == null
                        ? "（不参与排名）"
                        : "，" + standing.groupName() + "第 " + standing.groupRank() + " 名（共 " + standing.groupSize()
                                + " 个）")
                + "，等级 " + standing.grade().label();
    }

    private String versionOf(long submissionId) {
        SubmissionLine line = portal.findLine(submissionId);
        return line == null ? "?" : String.valueOf(line.versionNo());
    }

    private static String revision(Publication published) {
        return published.revision() == 0 ? "" : "（更正版，第 " + published.revision() + " 次更正）";
    }
}
