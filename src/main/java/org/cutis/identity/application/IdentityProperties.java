package org.cutis.identity.application;

import java.time.Duration;

import org.cutis.identity.domain.TokenLifetime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.identity.*: how long a personal API token works ({@code token-lifetime}, 12 hours by
 * default, never more than 30 days; Cutis refuses to start with a value outside 1 minute to 30
 * days).
 */
@ConfigurationProperties("cutis.identity")
public record IdentityProperties(@DefaultValue("12h") Duration tokenLifetime) {

	public IdentityProperties {
		new TokenLifetime(tokenLifetime);
	}

	public TokenLifetime lifetime() {
		return new TokenLifetime(tokenLifetime);
	}
}
