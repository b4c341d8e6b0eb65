package org.zsyz.scorecard.store.escalation;

/** One stored indicator result's colour band (its enum name) of a unit in a month ({@code yyyy-MM}). */
public record UnitMonthBand(String period, String unitCode, String colourBand) {}
