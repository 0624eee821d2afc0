package org.cutis.surveillance.recall.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditLog;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.surveillance.recall.application.RecallContacts;
import org.cutis.surveillance.recall.application.RecallListing;
import org.cutis.surveillance.recall.domain.Contact;
import org.cutis.surveillance.recall.domain.RecallItem;
import org.cutis.surveillance.recall.domain.RecallKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recall list with each visit's patient, contact numbers and contact log, filtered and paged, for
 * the page and the API alike; every patient shown is audited as listed.
 */
@Component
class RecallRows {
	static final int MAX_SIZE = 200;

	/** One visit on the list, as the nurse reads it. */
	public record Row(RecallItem item, PatientSummary patient, PatientDetails details, List<Contact> contacts) {
		public Contact lastContact() {
			return contacts.isEmpty() ? null : contacts.get(contacts.size() - 1);
		}

		/** The patient declined at the last contact: on the list until a doctor ends surveillance with the reason. */
		public boolean awaitingDecision() {
			Contact last = lastContact();
			return last != null && last.declined();
		}

		public String patientLabel() {
			return patient == null ? "-" : patient.displayName() + " · " + patient.mrn();
		}
	}

	/** What the caller asked: kind and doctor (username) filters, the page (from 0) and its size. */
	record Query(RecallKind kind, String doctor, int page, int size) {
		static Query of(String kind, String doctor, Integer page, Integer size, int defaultSize) {
			List<FieldProblem> problems = new ArrayList<>();
			RecallKind k = null;
			if (kind != null && !kind.isBlank()) {
				k = RecallKind.fromCode(kind);
				if (k == null) {
					problems.add(new FieldProblem("kind", "error.field.oneOf", RecallKind.codes()));
				}
			}
			if (page != null && page < 0) {
				problems.add(new FieldProblem("page", "recall.page.range"));
			}
			if (size != null && (size < 1 || size > MAX_SIZE)) {
				problems.add(new FieldProblem("size", "recall.size.range", MAX_SIZE));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new Query(k, doctor == null || doctor.isBlank() ? null : doctor.trim(), page == null ? 0 : page,
					size == null ? defaultSize : size);
		}
	}

	public record Listing(List<Row> rows, int total, int page, int size) {
		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}
	}

	private final RecallListing listing;
	private final RecallContacts contacts;
	private final PatientDirectory patients;
	private final AuditLog audit;

	RecallRows(RecallListing listing, RecallContacts contacts, PatientDirectory patients, AuditLog audit) {
		this.listing = listing;
		this.contacts = contacts;
		this.patients = patients;
		this.audit = audit;
	}

	@Transactional
	Listing list(Query query) {
		RecallListing.Page listed = listing.page(query.kind(), query.doctor(), query.page(), query.size());
		List<RecallItem> page = listed.items();
		Map<UUID, List<Contact>> log = contacts.ofVisits(page.stream().map(RecallItem::id).toList());
		Map<UUID, PatientSummary> seen = new HashMap<>();
		Map<UUID, PatientDetails> details = new HashMap<>();
		List<Row> rows = page.stream()
			.map(i -> new Row(i, seen.computeIfAbsent(i.patientId(), id -> patients.find(id).orElse(null)),
					details.computeIfAbsent(i.patientId(), id -> patients.details(id).orElse(null)),
					log.getOrDefault(i.id(), List.of())))
			.toList();
		audit.listed("recall-worklist", null, page.stream().map(RecallItem::patientId).toList());
		return new Listing(rows, listed.total(), query.page(), query.size());
	}
}
