package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * What a format-2 method file defines beyond weights and scoring: how each indicator is obtained, its own cap,
 * gate and rank points, the rules over projects and quotas, and the extra ledger columns it declares. {@link #BUILT_IN} (format 1) means the ten
 * indicators computed as docs/method.md describes.
 */
public record MethodDefinitions(
        Map<Indicator, Definition> definitions,
        List<ProjectRule> projectRules,
        List<QuotaRule> quotas,
        ExtraColumns columns) {

    public static final MethodDefinitions BUILT_IN = new MethodDefinitions(Map.of(), List.of(), List.of());

    public MethodDefinitions {
        definitions = Map.copyOf(definitions);
        projectRules = List.copyOf(projectRules);
        quotas = List.copyOf(quotas);
        columns = columns == null ? ExtraColumns.NONE : columns;
    }

    /** Without extra ledger columns. */
    public MethodDefinitions(
            Map<Indicator, Definition> definitions, List<ProjectRule> projectRules, List<QuotaRule> quotas) {
        this(definitions, projectRules, quotas, ExtraColumns.NONE);
    }

    public boolean builtIn() {
        return definitions.isEmpty();
    }

    public Definition of(Indicator indicator) {
        return definitions.get(indicator);
    }

    /**
     * @param cap        the most a RATIO indicator earns as a share of its weight; {@code null} = the method's
     *                   ratio_cap_percent; {@link #NO_CAP} = uncapped
     * @param gate       TIERED only where this holds; {@code null} = always
     * @param rankPoints RANK: points by rank in the group (1st, 2nd…); ranks beyond the list get the last
     */
    public record Definition(
            Indicator indicator, IndicatorSource source, BigDecimal cap, Gate gate, List<BigDecimal> rankPoints) {}

    public static final BigDecimal NO_CAP = new BigDecimal(-1);

    /** Scored by tiers only where another indicator's value is at least this ratio (e.g. ≥20% funds in place). */
    public record Gate(Indicator indicator, BigDecimal atLeast) {}

    /** Points (negative = 扣分) for each project matching the condition, e.g. −0.1 per 超时限未开工 project. */
    public record ProjectRule(String name, ProjectCondition where, BigDecimal points) {}

    /** At least {@code atLeast} projects matching the condition, {@code pointsEach} off per missing one. */
    public record QuotaRule(String name, ProjectCondition where, int atLeast, BigDecimal pointsEach) {}
}
