package org.zsyz.scorecard.store.unit;

/**
 * A 考核单位 of a year.
 *
 * @param ranked 参与综合排名: a unit can be scored and shown but kept out of the ranking
 */
public record AssessedUnit(
        int assessYear, String unitCode, String unitName, String groupName, boolean ranked, int displayOrder) {}
