package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * One assessed unit in the targets workbook: its 考核单位 row and its 年度目标 row. An indicator missing from
 * {@code targets} is a blank cell, "no target set" (shown as "—", not scored).
 *
 * @param group 考核组别, e.g. 县市区, 城区, 开发区 (free text: the groups are configurable)
 * @param ranked 参与综合排名
 * @param targets annual targets of indicators that have one (I1..I7), in the indicator's unit (亿元, 万美元, 个, 批次)
 */
public record UnitTargets(String code, String name, String group, boolean ranked, Map<Indicator, BigDecimal> targets) {

    public UnitTargets {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        TreeMap<Indicator, BigDecimal> copy = new TreeMap<>();
        targets.forEach((indicator, value) -> {
            if (!indicator.hasTarget()) {
                throw new IllegalArgumentException(indicator + " has no annual target");
            }
            if (value != null) {
                if (value.signum() < 0) {
                    throw new IllegalArgumentException(code + " " + indicator + " target is negative: " + value);
                }
                copy.put(indicator, value);
            }
        });
        targets = Collections.unmodifiableMap(copy);
    }

    /** A unit with no targets set yet (a row of the blank template). */
    public static UnitTargets withoutTargets(String code, String name, String group, boolean ranked) {
        return new UnitTargets(code, name, group, ranked, Map.of());
    }

    public Optional<BigDecimal> target(Indicator indicator) {
        return Optional.ofNullable(targets.get(indicator));
    }
}
