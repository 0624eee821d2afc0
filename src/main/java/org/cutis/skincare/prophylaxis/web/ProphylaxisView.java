package org.cutis.skincare.prophylaxis.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis;

/** A proposed pre-emptive skin regimen as the API gives it: codes, the rule's source, the decision. */
record ProphylaxisView(UUID id, UUID patientId, String trigger, UUID triggerId, String drug, String drugClass,
		List<String> regimen, Integer weeks, String source, boolean verified, String status, Instant proposedAt,
		String decidedBy, Instant decidedAt, String declineReason, long version) {

	static ProphylaxisView of(SkinProphylaxis p) {
		return new ProphylaxisView(p.id(), p.patientId(), p.triggerKind(), p.triggerId(), p.drugCode(), p.drugClass(),
				p.items(), p.weeks(), p.source(), p.verified(), p.status(), p.proposedAt(), p.decidedBy(), p.decidedAt(),
				p.declineReason(), p.version());
	}
}
