package org.cutis.referral.application;

import java.time.Duration;

import org.cutis.referral.domain.TriageTargets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** cutis.referral.*: the ages at which a waiting referral turns amber and red on the worklist. */
@ConfigurationProperties("cutis.referral")
public record ReferralProperties(@DefaultValue("3d") Duration amberAfter, @DefaultValue("7d") Duration redAfter,
		@DefaultValue("1d") Duration fastTrackAmberAfter, @DefaultValue("2d") Duration fastTrackRedAfter) {

	public TriageTargets targets() {
		return new TriageTargets(amberAfter, redAfter, fastTrackAmberAfter, fastTrackRedAfter);
	}
}
