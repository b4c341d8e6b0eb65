package org.zsyz.scorecard.store.publish;

import java.math.BigDecimal;

/** An indicator's figure (YTD or rate) for a unit as a publication showed it. */
public record PublishedFigure(String unitCode, String indicatorCode, BigDecimal valueYtd) {}
