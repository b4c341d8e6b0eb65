package org.zsyz.scorecard.publish;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a period's units, in bulletin order, into contiguous ranges, one per partition of
 * renderUnitScorecards, so that the scorecards render on several cores. Each range's unit codes are stored in
 * its partition's execution context: a restarted run re-renders only the ranges that had not completed, with
 * exactly the units they had, and each range's reader resumes after its last committed chunk.
 */
public class UnitRangePartitioner implements Partitioner {

    /** The key of a partition's unit codes (comma-separated; codes are {@code A-Za-z0-9_-}). */
    public static final String UNIT_CODES = "unitCodes";

    private final ScorecardAssembler assembler;
    private final YearMonth period;

    public UnitRangePartitioner(ScorecardAssembler assembler, YearMonth period) {
        this.assembler = assembler;
        this.period = period;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> units = assembler.unitCodes(period);
        if (units.isEmpty()) {
            throw new IllegalStateException(period + " 尚未评估，无法发布成绩单，请先运行 assess");
        }
        int ranges = Math.max(1, Math.min(gridSize, units.size()));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges; i++) {
            // sizes differ by at most one: 13 units in 4 ranges are 4, 3, 3, 3
            List<String> range = units.subList(i * units.size() / ranges, (i + 1) * units.size() / ranges);
            ExecutionContext context = new ExecutionContext();
            context.putString(UNIT_CODES, String.join(",", range));
            partitions.put("range" + i, context);
        }
        return partitions;
    }
}
