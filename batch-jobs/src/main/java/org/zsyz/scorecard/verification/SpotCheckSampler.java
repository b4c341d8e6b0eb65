package org.zsyz.scorecard.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 抽查 sample, as plain Java: from each unit's project numbers (sorted, so the ledger's row order does not
 * matter) N are drawn by a partial Fisher–Yates shuffle driven by {@link Random} seeded from the draw's seed and the
 * unit's code. The same seed and ledgers give the same sample on any machine, and each unit's sample does not
 * depend on the other units.
 */
final class SpotCheckSampler {

    private SpotCheckSampler() {}

    static List<String> draw(long seed, String unitCode, List<String> projectNos, int perUnit) {
        List<String> pool = new ArrayList<>(projectNos);
        pool.sort(null);
        Random random = new Random(seed * 31 + unitCode.hashCode());
        int n = Math.min(perUnit, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            String swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, n));
    }
}
