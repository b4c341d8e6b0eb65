package org.zsyz.scorecard.publish;

import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The units of a period's assessment, in bulletin order. Named, and counting what it has read, so a
 * restarted run renders only the scorecards it had not yet written.
 */
public class UnitScorecardReader extends AbstractItemCountingItemStreamItemReader<String> {

    private final ScorecardAssembler assembler;
    private final YearMonth period;
    private List<String> unitCodes;

    public UnitScorecardReader(ScorecardAssembler assembler, YearMonth period) {
        this.assembler = assembler;
        this.period = period;
        setName("unitScorecardReader");
    }

    @Override
    protected void doOpen() {
        unitCodes = assembler.unitCodes(period);
        if (unitCodes.isEmpty()) {
            throw new IllegalStateException(period + " 尚未评估，无法发布成绩单，请先运行 assess");
        }
    }

    @Override
    protected String doRead() {
        int next = getCurrentItemCount() - 1;
        return next < unitCodes.size() ? unitCodes.get(next) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // doRead indexes by the item count, which the superclass restores before reading again
    }

    @Override
    protected void doClose() {
        unitCodes = null;
    }
}
