package org.cutis.biopsy.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cutis.biopsy.domain.Specimen;

/** A state the specimen reached, when and by whom; the page and the API list them in loop order. */
public record Step(String state, Instant at, String by) {

	static List<Step> of(Specimen s) {
		List<Step> steps = new ArrayList<>();
		add(steps, "ordered", s.orderedAt(), s.orderedBy());
		add(steps, "collected", s.collectedAt(), s.collectedBy());
		add(steps, "sent", s.sentAt(), s.sentBy());
		add(steps, "received", s.receivedAt(), s.receivedBy());
		add(steps, "grossed", s.grossedAt(), s.grossedBy());
		add(steps, "reported", s.reportedAt(), s.reportedBy());
		add(steps, "signed", s.signedAt(), s.signedBy());
		add(steps, "reviewed", s.reviewedAt(), s.reviewedBy());
		add(steps, "communicated", s.communicatedAt(), s.communicatedBy());
		add(steps, "rejected", s.rejectedAt(), s.rejectedBy());
		add(steps, "voided", s.voidedAt(), null);
		return steps;
	}

	private static void add(List<Step> steps, String state, Instant at, String by) {
		if (at != null) {
			steps.add(new Step(state, at, by));
		}
	}
}
