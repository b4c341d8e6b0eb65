package org.zsyz.scorecard.publish;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.zsyz.scorecard.report.UnitScorecard;

/** Assembles a unit's scorecard model from the stored results. */
public class UnitScorecardProcessor implements ItemProcessor<String, UnitScorecard> {

    private final ScorecardAssembler assembler;
    private final PublishRun run;

    public UnitScorecardProcessor(ScorecardAssembler assembler, PublishRun run) {
        this.assembler = assembler;
        this.run = run;
    }

    @Override
    public UnitScorecard process(String unitCode) {
        return assembler.unitScorecard(run.period(), unitCode, run.publishedOn(), run.revision());
    }
}
