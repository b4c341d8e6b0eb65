package org.zsyz.scorecard.store.evidence;

/** A unit's project with at least one 佐证材料 file. */
public record EvidencedProject(String unitCode, String projectNo) {}
