package org.cutis.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in the tests: the system clock (in the JVM's zone, as in production),
 * which a test may move forward to a later moment, e.g. to the day of a tumor board meeting
 * scheduled days ahead, and must {@link #reset()} afterwards (the context is shared by the suite).
 */
@Component
@Primary
public class TestClock extends Clock {
	private final ZoneId zone;
	private final AtomicReference<Duration> offset;

	public TestClock() {
		this(ZoneId.systemDefault(), new AtomicReference<>(Duration.ZERO));
	}

	private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	/** From now on the application lives at {@code moment} (and time goes on from there). */
	public void travelTo(Instant moment) {
		offset.set(Duration.between(Instant.now(), moment));
	}

	/** Back to the real time. */
	public void reset() {
		offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new TestClock(other, offset);
	}
}
