package org.cutis.skincare.oncologyadvice.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation;

/**
 * A recommendation as the API gives it: codes and login ids (the contract), the AE's grade and
 * photos as they were when sent, {@code urgent} and {@code escalated}, and the answer once given.
 */
record RecommendationView(UUID id, UUID adverseEventId, UUID patientId, UUID referralId, String action,
		String oncologist, String department, String note, String term, int grade, List<String> photos,
		boolean redFlag, boolean urgent, boolean escalated, Instant escalatedAt, String status, String sentBy,
		Instant sentAt, String outcome, String reason, String acknowledgedBy, Instant acknowledgedAt, long version) {

	static RecommendationView of(OncologyRecommendation r) {
		return new RecommendationView(r.id(), r.adverseEventId(), r.patientId(), r.referralId(), r.action().code(),
				r.oncologist(), r.department().code(), r.note(), r.aeTerm(), r.grade(), r.photos(), r.redFlag(),
				r.urgent(), r.escalated(), r.escalatedAt(), r.status(), r.sentBy(), r.sentAt(),
				r.outcome() == null ? null : r.outcome().code(), r.reason(), r.acknowledgedBy(), r.acknowledgedAt(),
				r.version());
	}
}
