package org.zsyz.scorecard.store.returns;

/** 工作指标 of an accepted return version (YTD counts); a blank cell is {@code null}. */
public record ActivityFigure(
        long submissionId, Integer trips, Integer leaderTrips, Integer companiesVisited, Integer visitorsReceived) {}
