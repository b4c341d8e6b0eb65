package org.zsyz.scorecard.publish;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.zsyz.scorecard.assess.EscalationService;
import org.zsyz.scorecard.report.UnitScorecard;

/** Assembles a unit's scorecard model from the stored results. */
public class UnitScorecardProcessor implements ItemProcessor<String, UnitScorecard> {

    private final ScorecardAssembler assembler;
    private final PublishRun run;
    /** The month's 预警 ladder, read once per range rather than once per unit (method and bands each time). */
    private EscalationService.Ladder ladder;

    public UnitScorecardProcessor(ScorecardAssembler assembler, PublishRun run) {
        this.assembler = assembler;
        this.run = run;
    }

    @Override
    public UnitScorecard process(String unitCode) {
        if (ladder == null) {
            ladder = assembler.monthLadder(run.period());
        }
        return assembler.unitScorecard(run.period(), unitCode, run.publishedOn(), run.revision(), ladder);
    }
}
