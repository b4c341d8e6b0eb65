package org.zsyz.scorecard.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.EscalationLadder;
import org.zsyz.scorecard.assess.EscalationNotice;
import org.zsyz.scorecard.assess.EscalationService;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.LadderStep;
import org.zsyz.scorecard.report.ScorecardRenderer;
import org.zsyz.scorecard.report.SupervisionNotice;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.store.assess.UnitScore;

/**
 * Writes the bureau's 督办单 of a published month: one PDF per unit that is not green or has a 预警, in the
 * folder {@value #FOLDER} of the publication (a subfolder, so the publication's manifest of files is unchanged).
 */
@Component
public class SupervisionNoticeWriter {

    public static final String FOLDER = "督办单";

    private final AssessmentMapper results;
    private final EscalationService escalation;
    private final ObjectProvider<ScorecardRenderer> renderer;
    private final ScorecardProperties settings;

    public SupervisionNoticeWriter(
            AssessmentMapper results,
            EscalationService escalation,
            ObjectProvider<ScorecardRenderer> renderer,
            ScorecardProperties settings) {
        this.results = results;
        this.escalation = escalation;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** The 督办单 written, in unit order; writing again overwrites them with the same content. */
    public List<Path> write(YearMonth period, Path publicationFolder, LocalDate publishedOn) {
        EscalationService.Ladder ladder = escalation.ladder(period);
        Map<String, List<AssessmentWarning>> warnings =
                results.findWarnings(period).stream().collect(Collectors.groupingBy(AssessmentWarning::unitCode));
        List<SupervisionNotice> notices = new ArrayList<>();
        for (UnitScore score : results.findUnitScores(period)) {
            EscalationLadder.Rung rung = ladder.of(score.unitCode());
            List<AssessmentWarning> own = warnings.getOrDefault(score.unitCode(), List.of());
            if (rung.step() == LadderStep.GREEN && own.isEmpty()) {
                continue;
            }
            String stepText = EscalationNotice.stepText(rung, ladder.rules());
            notices.add(new SupervisionNotice(
                    period.toString(),
                    score.unitCode(),
                    score.unitName(),
                    rung.step().label(),
                    stepText == null ? "序时进度各指标均未落入黄、红色区间" : stepText,
                    own.stream()
                            .map(w -> new SupervisionNotice.Item(w.kind().label(), w.message()))
                            .toList(),
                    settings.issuer(),
                    publishedOn));
        }
        return render(notices, publicationFolder.resolve(FOLDER));
    }

    /** On every core, as the unit scorecards are (a nation's month has a 督办单 for nearly every unit). */
    private List<Path> render(List<SupervisionNotice> notices, Path folder) {
        ScorecardRenderer pdfs = renderer.getObject();
        int threads = Math.max(1, Math.min(notices.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, new CustomizableThreadFactory("notice-"));
        try {
            List<Future<Path>> pending = new ArrayList<>();
            for (SupervisionNotice notice : notices) {
                pending.add(pool.submit(() -> {
                    Path pdf = folder.resolve(notice.fileName());
                    pdfs.writeSupervisionNotice(notice, pdf);
                    return pdf;
                }));
            }
            List<Path> written = new ArrayList<>(notices.size());
            for (Future<Path> f : pending) {
                written.add(f.get());
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the 督办单", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
