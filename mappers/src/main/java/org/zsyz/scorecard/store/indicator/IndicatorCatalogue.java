package org.zsyz.scorecard.store.indicator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The year's indicators in the method's order: what is assessed, which columns the targets workbook, the bulletin
 * and the scorecard have. {@link #DEFAULT} is the built-in ten (format-1 method files).
 */
public final class IndicatorCatalogue {

    public static final IndicatorCatalogue DEFAULT = new IndicatorCatalogue(List.of(
            Indicator.I1,
            Indicator.I2,
            Indicator.I3,
            Indicator.I4,
            Indicator.I5,
            Indicator.I6,
            Indicator.I7,
            Indicator.R_FULFIL,
            Indicator.R_START,
            Indicator.R_FUNDS));

    private final List<Indicator> all;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    public IndicatorCatalogue(List<Indicator> indicators) {
        Set<String> seen = new HashSet<>();
        for (Indicator i : indicators) {
            if (!seen.add(i.code())) {
                throw new IllegalArgumentException("indicator code twice: " + i.code());
            }
            byCode.put(i.code(), i);
        }
        this.all = indicators.stream().sorted().toList();
    }

    /** Every indicator, in the method's order (replaces the former Indicator.values()). */
    public List<Indicator> all() {
        return all;
    }

    /** Those compared with a target from the targets workbook. */
    public List<Indicator> withTargets() {
        return all.stream().filter(Indicator::hasTarget).toList();
    }

    /** Those without a target (the default method's three rates). */
    public List<Indicator> rates() {
        return all.stream().filter(i -> !i.hasTarget()).toList();
    }

    public Optional<Indicator> ofCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return all.size();
    }

    public boolean isDefault() {
        return all.equals(DEFAULT.all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorCatalogue c && c.all.equals(all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
