package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The targets workbook (年度目标任务书) of one year: the assessed units with their targets, and the optional
 * schedule (序时进度). With no units and no schedule it is the blank template.
 *
 * @param schedule month (1–12) → cumulative progress in percent (e.g. 75 for 75%). Empty means m/12: the
 *        序时进度 sheet is then written with its header only, which readers must treat as "no schedule".
 */
public record TargetsWorkbook(int year, List<UnitTargets> units, NavigableMap<Integer, BigDecimal> schedule) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TargetsWorkbook {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("implausible year " + year);
        }
        units = List.copyOf(units);
        Set<String> codes = new HashSet<>();
        for (UnitTargets unit : units) {
            if (!codes.add(unit.code())) {
                throw new IllegalArgumentException("unit code " + unit.code() + " appears twice");
            }
        }
        TreeMap<Integer, BigDecimal> copy = new TreeMap<>(schedule);
        copy.forEach((month, percent) -> {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("schedule month out of 1..12: " + month);
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException(
                        "schedule percent out of 0..100 for month " + month + ": " + percent);
            }
        });
        schedule = Collections.unmodifiableNavigableMap(copy);
    }

    /** Targets without a schedule (m/12). */
    public TargetsWorkbook(int year, List<UnitTargets> units) {
        this(year, units, new TreeMap<>());
    }

    /** The blank template for a year. */
    public static TargetsWorkbook blank(int year) {
        return new TargetsWorkbook(year, List.of(), new TreeMap<>(Map.of()));
    }
}
