package org.cutis.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a personal API token works after it was issued: at least a minute, at most
 * {@link #MAXIMUM thirty days}, whatever the configuration says. The bound applies to tokens
 * already issued too, so shortening it shortens them.
 */
public record TokenLifetime(Duration duration) {
	public static final Duration MINIMUM = Duration.ofMinutes(1);
	public static final Duration MAXIMUM = Duration.ofDays(30);

	public TokenLifetime {
		if (duration == null || duration.compareTo(MINIMUM) < 0 || duration.compareTo(MAXIMUM) > 0) {
			throw new IllegalArgumentException(
					"a token lifetime lies between " + MINIMUM + " and " + MAXIMUM + ", not " + duration);
		}
	}

	/** The last moment (exclusive) a token issued at {@code issuedAt} may work. */
	public Instant endOf(Instant issuedAt) {
		return issuedAt.plus(duration);
	}
}
