package dev.npmmcp.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test moves forward by hand (token expiry without sleeping); it starts at the real current time. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MutableClock() {
        this(new AtomicReference<>(Instant.now()));
    }

    private MutableClock(AtomicReference<Instant> now) {
        this.now = now;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
