package org.cutis.skincare.oncologyadvice.application;

import java.util.Optional;
import java.util.UUID;

import org.cutis.shared.NotFound;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation.AdverseEventState;

import org.springframework.stereotype.Component;

/**
 * The adverse events of this module as the advice reads them: the grade that counts (confirmed,
 * else the proposal awaiting confirmation) and the photos at this moment. A red flag comes from
 * a visit of the event itself or from the referral it came from ({@link ReferralRedFlags}).
 */
@Component
class RegisteredAdverseEvents implements AdverseEventStates {
	private final AdverseEventRegistry registry;
	private final ReferralRedFlags redFlags;

	RegisteredAdverseEvents(AdverseEventRegistry registry, ReferralRedFlags redFlags) {
		this.registry = registry;
		this.redFlags = redFlags;
	}

	@Override
	public Optional<AdverseEventState> find(UUID id) {
		AdverseEventRecord record;
		try {
			record = registry.recordOf(id);
		}
		catch (NotFound notFound) {
			return Optional.empty();
		}
		var event = record.event();
		if (event.voided()) {
			return Optional.empty();
		}
		return Optional.of(new AdverseEventState(event.id(), event.patientId(), event.referralId(), event.termName(),
				event.currentGrade(), record.photos().stream().map(p -> p.id().toString()).toList(),
				!record.redFlags().isEmpty() || event.referralId() != null && redFlags.raised(event.referralId())));
	}
}
