package org.zsyz.scorecard.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves: the portal's today and its receipt times follow it. */
final class SettableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    SettableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SettableClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return outer.withZone(again);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
