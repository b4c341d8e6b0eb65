package org.zsyz.scorecard.store.portal;

import java.time.LocalDateTime;

/** 退回: the bureau sent an accepted return version back to its unit, with the reason the unit sees. */
public record SendBack(long submissionId, String reason, String returnedBy, LocalDateTime returnedAt) {}
