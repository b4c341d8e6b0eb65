package org.zsyz.scorecard.store.unit;

/** A 考核组别 of a year; units are ranked within their group. */
public record AssessmentGroup(int assessYear, String groupName, int displayOrder) {}
