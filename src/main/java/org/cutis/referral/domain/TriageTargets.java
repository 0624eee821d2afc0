package org.cutis.referral.domain;

import java.time.Duration;
import java.time.Instant;

import org.cutis.referral.Urgency;

/**
 * How long a referral may wait for triage before its age turns amber, then red. Suspected
 * melanoma runs on its own, shorter clock. The durations are the center's configuration
 * (cutis.referral.*), not a published standard.
 */
public record TriageTargets(Duration amberAfter, Duration redAfter, Duration fastTrackAmberAfter,
		Duration fastTrackRedAfter) {

	public enum Flag {
		NONE, AMBER, RED
	}

	public Flag flag(Urgency urgency, Instant receivedAt, Instant now) {
		Duration age = Duration.between(receivedAt, now);
		boolean fast = urgency == Urgency.SUSPECTED_MELANOMA_FAST_TRACK || urgency == Urgency.URGENT;
		Duration red = fast ? fastTrackRedAfter : redAfter;
		Duration amber = fast ? fastTrackAmberAfter : amberAfter;
		if (age.compareTo(red) >= 0) {
			return Flag.RED;
		}
		if (age.compareTo(amber) >= 0) {
			return Flag.AMBER;
		}
		return Flag.NONE;
	}
}
