package org.cutis.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenLifetimeTests {

	@ParameterizedTest
	@ValueSource(strings = { "PT1M", "PT12H", "P30D" })
	void liesBetweenAMinuteAndThirtyDays(String duration) {
		TokenLifetime lifetime = new TokenLifetime(Duration.parse(duration));
		Instant issued = Instant.parse("2026-11-25T09:00:00Z");
		assertThat(lifetime.endOf(issued)).isEqualTo(issued.plus(Duration.parse(duration)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT0S", "PT59S", "-PT1H", "P30DT1S", "P365D" })
	void refusesAnythingElse(String duration) {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenLifetime(Duration.parse(duration)));
	}
}
