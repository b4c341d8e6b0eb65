package org.zsyz.scorecard.publish;

import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The unit codes of one range of renderUnitScorecards (see {@link UnitRangePartitioner}). Named, and counting
 * what it has read in its partition's execution context, so a restarted range renders only the scorecards it
 * had not yet written.
 */
public class UnitScorecardReader extends AbstractItemCountingItemStreamItemReader<String> {

    private final List<String> unitCodes;

    public UnitScorecardReader(String unitCodes) {
        if (unitCodes == null || unitCodes.isBlank()) {
            throw new IllegalStateException("renderUnitScorecards: a range without units");
        }
        this.unitCodes = List.of(unitCodes.split(","));
        setName("unitScorecardReader");
    }

    @Override
    protected void doOpen() {
        // the codes came with the partition
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
        // nothing held open
    }
}
