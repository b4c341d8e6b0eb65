package org.zsyz.scorecard.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 抽查 sample: reproducible from the seed, independent of the ledger's order, N at most. */
class SpotCheckSamplerTests {

    static final List<String> PROJECTS = IntStream.rangeClosed(1, 30)
            .mapToObj(i -> String.format("419921-2025-%03d", i))
            .toList();

    @Test
    void theSameSeedDrawsTheSameProjectsWhateverTheLedgersOrder() {
        List<String> first = SpotCheckSampler.draw(42, "419921", PROJECTS, 3);
        List<String> reversed = new java.util.ArrayList<>(PROJECTS);
        java.util.Collections.reverse(reversed);
        assertThat(first).hasSize(3).doesNotHaveDuplicates().isSubsetOf(PROJECTS);
        assertThat(SpotCheckSampler.draw(42, "419921", reversed, 3)).isEqualTo(first);
        // pinned: the same sample on any machine and any later version
        assertThat(first).containsExactly("419921-2025-010", "419921-2025-027", "419921-2025-001");
    }

    @Test
    void anotherSeedOrUnitDrawsOtherwise() {
        List<String> base = SpotCheckSampler.draw(42, "419921", PROJECTS, 3);
        long differentSeeds = IntStream.range(0, 20)
                .mapToObj(s -> SpotCheckSampler.draw(1000 + s, "419921", PROJECTS, 3))
                .filter(sample -> !sample.equals(base))
                .count();
        assertThat(differentSeeds).isGreaterThanOrEqualTo(19);
        assertThat(SpotCheckSampler.draw(42, "419922", PROJECTS, 3)).isNotEqualTo(base);
    }

    @Test
    void aUnitWithFewerProjectsThanNHasAllOfThemDrawn() {
        assertThat(SpotCheckSampler.draw(7, "419921", List.of("B", "A"), 5)).containsExactlyInAnyOrder("A", "B");
        assertThat(SpotCheckSampler.draw(7, "419921", List.of(), 5)).isEmpty();
    }
}
