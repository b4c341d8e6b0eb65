package org.zsyz.scorecard.store.targets;

import java.math.BigDecimal;

/** 序时进度: share of the annual target due by the end of a month, as a ratio (0.25 = 25%). */
public record ScheduleProgress(int assessYear, int monthNo, BigDecimal progress) {}
