package org.zsyz.scorecard.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.zsyz.scorecard.report.ScorecardRenderer;
import org.zsyz.scorecard.report.UnitScorecard;

/** Renders each unit's scorecard PDF into the run's staging folder (a restart overwrites what it redoes). */
public class UnitScorecardPdfWriter implements ItemWriter<UnitScorecard> {

    private final ScorecardRenderer renderer;
    private final Path staging;

    public UnitScorecardPdfWriter(ScorecardRenderer renderer, Path staging) {
        this.renderer = renderer;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends UnitScorecard> scorecards) throws Exception {
        Files.createDirectories(staging);
        for (UnitScorecard s : scorecards) {
            renderer.writeUnitScorecard(
                    s, staging.resolve(OutputFileNames.unitScorecard(s.unitCode(), s.unitName(), s.period())));
        }
    }
}
