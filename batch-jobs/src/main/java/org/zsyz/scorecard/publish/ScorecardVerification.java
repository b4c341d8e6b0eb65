package org.zsyz.scorecard.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.report.ScorePart;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.store.publish.PublishedFigure;
import org.zsyz.scorecard.store.publish.PublishedScore;
import org.zsyz.scorecard.store.review.AssessedExclusion;
import org.zsyz.scorecard.store.review.ReviewMapper;

/**
 * The lines a unit's scorecard adds to 得分构成 for the bureau's verification: each project left out or counted
 * for less (核减, with who decided and why) and, on a 更正版, what changed against the publication it replaces
 * (total, rank, each figure). A unit with neither gets no line, so its scorecard is as before.
 */
@Component
class ScorecardVerification {

    static final String EXCLUDED = "核减：";
    static final String REVISED = "更正：";
    private static final int NAMED_DUPLICATES = 5;

    private final ReviewMapper reviews;
    private final PublicationMapper publications;
    private final DuplicateMapper duplicates;
    private final RevisionReasons revisionReasons;

    ScorecardVerification(
            ReviewMapper reviews,
            PublicationMapper publications,
            DuplicateMapper duplicates,
            RevisionReasons revisionReasons) {
        this.reviews = reviews;
        this.publications = publications;
        this.duplicates = duplicates;
        this.revisionReasons = revisionReasons;
    }

    /**
     * The bulletin's notes (备注) on verification: the duplicates still undecided, which count as reported until
     * the bureau decides, and on a 更正版 why it was made. None for a period without either.
     */
    List<String> bulletinNotes(YearMonth period, int revision) {
        List<String> notes = new ArrayList<>();
        List<ProjectDuplicate> open = duplicates.findUndecided(period.toString());
        if (!open.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (ProjectDuplicate d : open.subList(0, Math.min(open.size(), NAMED_DUPLICATES))) {
                named.add("“" + d.projectName() + "”（" + d.unitA() + " " + d.projectNoA() + " / " + d.unitB() + " "
                        + d.projectNoB() + "）");
            }
            notes.add("备注：疑似重复报送的项目 " + open.size() + " 个尚待商务局裁定，暂按各单位报送计入：" + String.join("、", named)
                    + (open.size() > NAMED_DUPLICATES ? " 等" : "") + "。");
        }
        if (revision > 0) {
            Publication replaced = publications.findRevision(period, revision - 1);
            if (replaced != null) {
                notes.add("更正原因：" + revisionReasons.of(period, replaced) + "。");
            }
        }
        return notes;
    }

    List<ScorePart> parts(
            YearMonth period, UnitScore score, int revision, Map<Indicator, IndicatorResult> byIndicator) {
        List<ScorePart> parts = new ArrayList<>();
        for (AssessedExclusion x : reviews.findExclusions(period.toString(), score.unitCode())) {
            parts.add(new ScorePart(
                    EXCLUDED + x.projectName() + "（" + x.projectNo() + "）",
                    null,
                    x.source().label() + "：" + x.effect() + "。" + x.reason()));
        }
        if (revision > 0) {
            parts.addAll(changes(period, score, revision - 1, byIndicator));
        }
        return parts;
    }

    private List<ScorePart> changes(
            YearMonth period, UnitScore score, int replaced, Map<Indicator, IndicatorResult> byIndicator) {
        PublishedScore before = publications.findPublishedScores(period, replaced).stream()
                .filter(s -> s.unitCode().equals(score.unitCode()))
                .findFirst()
                .orElse(null);
        if (before == null) {
            return List.of(); // published before snapshots were kept, or the unit was not in it
        }
        String against = replaced == 0 ? "原版" : "第" + replaced + "次更正版";
        List<ScorePart> out = new ArrayList<>();
        if (before.totalScore().compareTo(score.totalScore()) != 0) {
            // the difference goes in the text: a points cell here would read as part of the sum
            BigDecimal change = score.totalScore().subtract(before.totalScore());
            out.add(new ScorePart(
                    REVISED + "总分",
                    null,
                    against + " " + plain2(before.totalScore()) + " → 本版 " + plain2(score.totalScore()) + "（"
                            + (change.signum() > 0 ? "+" : "") + plain2(change) + "）"));
        }
        if (!Objects.equals(before.groupRank(), score.groupRank())) {
            out.add(new ScorePart(
                    REVISED + "组内排名",
                    null,
                    against + " " + rank(before.groupRank()) + " → 本版 " + rank(score.groupRank())));
        }
        Map<String, BigDecimal> figures = new HashMap<>();
        for (PublishedFigure f : publications.findPublishedFigures(period, replaced, score.unitCode())) {
            figures.put(f.indicatorCode(), f.valueYtd());
        }
        for (Map.Entry<Indicator, IndicatorResult> e : byIndicator.entrySet()) {
            String code = e.getValue().indicator().code();
            if (!figures.containsKey(code)) {
                continue;
            }
            BigDecimal was = figures.get(code);
            BigDecimal now = e.getValue().valueYtd();
            if (was == null ? now != null : now == null || was.compareTo(now) != 0) {
                boolean rate = code.startsWith("R_");
                out.add(new ScorePart(
                        REVISED + e.getKey().shortName(),
                        null,
                        against + " " + figure(was, rate) + " → 本版 " + figure(now, rate)
                                + (rate ? "" : " " + e.getKey().unitOfMeasure())));
            }
        }
        if (out.isEmpty()) {
            out.add(new ScorePart(REVISED + "本单位", null, "总分、排名和各项数据与" + against + "相同"));
        }
        return out;
    }

    private static String rank(Integer rank) {
        return rank == null ? "不排名" : "第" + rank + "名";
    }

    private static String plain2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String figure(BigDecimal v, boolean rate) {
        if (v == null) {
            return "—";
        }
        return rate
                ? v.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%"
                : v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
