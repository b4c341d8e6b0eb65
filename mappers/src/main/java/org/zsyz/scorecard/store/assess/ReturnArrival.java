package org.zsyz.scorecard.store.assess;

import java.time.LocalDateTime;

/** When a unit's first accepted return for a period arrived: what lateness is judged by. */
public record ReturnArrival(String unitCode, LocalDateTime firstAcceptedAt) {}
