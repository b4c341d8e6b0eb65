package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.ExtraValues;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * A unit's figures under a format-2 method: each distinct condition is judged once per project, then every sum,
 * count, project rule and quota that uses it reads the answer; ratios are divided at the end.
 */
final class DefinedFigures {

    private final MethodDefinitions method;
    private final ProjectCondition.Dates dates;
    private final List<ProjectCondition> conditions = new ArrayList<>();
    private final Map<Indicator, Integer> conditionOf = new HashMap<>();
    private final Map<Indicator, BigDecimal> totals = new HashMap<>();
    private final int[] ruleCondition;
    private final int[] quotaCondition;
    private final int[] quotaCounts;
    private final List<ProjectHit> hits = new ArrayList<>();
    private final Map<Indicator, BigDecimal> reported = new HashMap<>();

    /** A project a project rule applies to. */
    record ProjectHit(MethodDefinitions.ProjectRule rule, String projectNo, String projectName) {}

    DefinedFigures(MethodDefinitions method, ProjectCondition.Dates dates) {
        this.method = method;
        this.dates = dates;
        Map<ProjectCondition, Integer> index = new LinkedHashMap<>();
        for (MethodDefinitions.Definition d : method.definitions().values()) {
            ProjectCondition where = d.source() instanceof IndicatorSource.LedgerSum s
                    ? s.where()
                    : d.source() instanceof IndicatorSource.LedgerCount c ? c.where() : null;
            if (where != null) {
                conditionOf.put(d.indicator(), index.computeIfAbsent(where, k -> index.size()));
                totals.put(d.indicator(), BigDecimal.ZERO);
            }
        }
        ruleCondition = method.projectRules().stream()
                .mapToInt(r -> index.computeIfAbsent(r.where(), k -> index.size()))
                .toArray();
        quotaCondition = method.quotas().stream()
                .mapToInt(q -> index.computeIfAbsent(q.where(), k -> index.size()))
                .toArray();
        quotaCounts = new int[quotaCondition.length];
        conditions.addAll(index.keySet());
    }

    void add(LedgerProject p) {
        // the extra columns' values, decoded once per project (nothing to decode when the method has none)
        Map<String, String> extras = method.columns().isEmpty() ? Map.of() : ExtraValues.decode(p.extraValues());
        boolean[] match = new boolean[conditions.size()];
        for (int i = 0; i < match.length; i++) {
            match[i] = conditions.get(i).test(p, dates, extras);
        }
        for (Map.Entry<Indicator, Integer> e : conditionOf.entrySet()) {
            if (!match[e.getValue()]) {
                continue;
            }
            IndicatorSource source = method.of(e.getKey()).source();
            BigDecimal add = source instanceof IndicatorSource.LedgerSum s
                    ? s.field() != null ? zeroIfNull(s.field().read.apply(p)) : extraAmount(extras.get(s.column()))
                    : BigDecimal.ONE;
            totals.merge(e.getKey(), add, BigDecimal::add);
        }
        for (int r = 0; r < ruleCondition.length; r++) {
            if (match[ruleCondition[r]]) {
                hits.add(new ProjectHit(method.projectRules().get(r), p.projectNo(), p.projectName()));
            }
        }
        for (int q = 0; q < quotaCondition.length; q++) {
            if (match[quotaCondition[q]]) {
                quotaCounts[q]++;
            }
        }
    }

    void activity(ActivityFigure activity) {
        reported.clear();
        for (MethodDefinitions.Definition d : method.definitions().values()) {
            if (d.source() instanceof IndicatorSource.Reported r && activity != null) {
                Integer v = r.item().read.apply(activity);
                if (v != null) {
                    reported.put(d.indicator(), new BigDecimal(v));
                }
            }
        }
    }

    /** A sum, count or reported figure; {@code null} when the return left a reported item blank. */
    BigDecimal value(Indicator indicator) {
        MethodDefinitions.Definition d = method.of(indicator);
        if (d.source() instanceof IndicatorSource.Ratio) {
            return rate(indicator).rate();
        }
        return d.source() instanceof IndicatorSource.Reported ? reported.get(indicator) : totals.get(indicator);
    }

    /** A ratio with its parts; the rate is {@code null} when either part is missing or the denominator is 0. */
    LedgerFigures.RateFigure rate(Indicator indicator) {
        IndicatorSource.Ratio r = (IndicatorSource.Ratio) method.of(indicator).source();
        BigDecimal n = value(r.numerator());
        BigDecimal d = value(r.denominator());
        return new LedgerFigures.RateFigure(n, d, n == null || d == null ? null : Decimals.ratio(n, d));
    }

    List<ProjectHit> projectHits() {
        return hits;
    }

    int quotaCount(int quota) {
        return quotaCounts[quota];
    }

    private static BigDecimal extraAmount(String stored) {
        return stored == null ? BigDecimal.ZERO : new BigDecimal(stored);
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
