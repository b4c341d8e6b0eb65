package org.zsyz.scorecard.annual;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The term tests' clock: each step of the bureau's year happens on its own day. */
public final class TermClock extends Clock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.parse("2026-01-12T02:00:00Z");

    public void setDay(LocalDate day) {
        now = day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
