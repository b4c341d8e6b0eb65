package org.zsyz.scorecard.assess;

/** How an indicator's basis (achievement as a ratio) turns into a share of its weight. docs/method.md, Scores. */
public enum ScoringMethod {
    /** weight × min(YTD ÷ 序时目标, cap): over-completion earns up to the cap. */
    RATIO,
    /** weight × min(rate ÷ benchmark, 1). */
    RATE,
    /** ≥100% → 1.0, ≥80% → 0.75, ≥50% → 0.5, else 0. */
    TIERED,
    /** 功效系数法: the group's best gets the full weight, its worst 60%, linear between. */
    EFFICACY,
    /** 位次赋分: points by rank in the group (e.g. 60/57/54/51/48), the method's rank_points. */
    RANK
}
