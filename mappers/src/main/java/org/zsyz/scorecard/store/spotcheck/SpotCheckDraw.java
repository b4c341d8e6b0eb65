package org.zsyz.scorecard.store.spotcheck;

import java.time.LocalDateTime;

/** The one 抽查 draw of a period: its seed and size, so that it can be drawn again alike. */
public record SpotCheckDraw(String period, long seed, int perUnit, String drawnBy, LocalDateTime drawnAt) {}
