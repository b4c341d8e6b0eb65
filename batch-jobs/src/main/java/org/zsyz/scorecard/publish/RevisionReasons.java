package org.zsyz.scorecard.publish;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.store.publish.PublishedScore;
import org.zsyz.scorecard.store.review.ReviewMapper;

/**
 * Why a 更正版 was made, against the publication it replaces: the units whose counting return changed, and the
 * 认定 and duplicate decisions recorded since; one sentence, kept with the publication and on the audit trail.
 */
@Component
class RevisionReasons {

    private final PublicationMapper publications;
    private final AssessmentMapper results;
    private final ReviewMapper reviews;

    RevisionReasons(PublicationMapper publications, AssessmentMapper results, ReviewMapper reviews) {
        this.publications = publications;
        this.results = results;
        this.reviews = reviews;
    }

    String of(YearMonth period, Publication replaced) {
        List<String> parts = new ArrayList<>();
        Map<String, PublishedScore> before = publications.findPublishedScores(period, replaced.revision()).stream()
                .collect(Collectors.toMap(PublishedScore::unitCode, Function.identity()));
        if (!before.isEmpty()) {
            List<String> changed = new ArrayList<>();
            for (UnitScore s : results.findUnitScores(period)) {
                PublishedScore b = before.get(s.unitCode());
                if (b == null || !Objects.equals(b.submissionId(), s.submissionId())) {
                    changed.add(s.unitName() + "（" + s.unitCode() + "）");
                }
            }
            if (!changed.isEmpty()) {
                parts.add("新的或更正的月报：" + String.join("、", changed));
            }
        }
        List<String> verification = reviews.describeChangesSince(period.toString(), replaced.publishedAt());
        if (!verification.isEmpty()) {
            parts.add(String.join("；", verification));
        }
        String reason = parts.isEmpty() ? "重新发布（计入的月报、认定和裁定与上次发布相同）" : String.join("；", parts);
        return reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
    }
}
