package org.cutis.surveillance.recall.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.StaffNames;
import org.cutis.surveillance.recall.application.RecallContacts;
import org.cutis.surveillance.recall.application.RecallProperties;
import org.cutis.surveillance.recall.domain.AppointmentState;
import org.cutis.surveillance.recall.domain.Contact;
import org.cutis.surveillance.recall.domain.RecallItem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "recall", description = "The nurses' recall worklist of surveillance visits (due and unbooked, missed, "
		+ "overdue, imaging due) and its contact log")
@RestController
class RecallApiController {
	private final RecallRows rows;
	private final RecallContacts contacts;
	private final StaffNames staffNames;
	private final RecallProperties properties;

	RecallApiController(RecallRows rows, RecallContacts contacts, StaffNames staffNames, RecallProperties properties) {
		this.rows = rows;
		this.contacts = contacts;
		this.staffNames = staffNames;
		this.properties = properties;
	}

	@Operation(summary = "The recall list, most urgent first (overdue by days, missed, then due by window). kind: "
			+ "due-unbooked (window opens within cutis.recall.lead, nothing booked) | missed (no-show, not rebooked) | "
			+ "overdue (past dueTo, not done; stays until done or the plan ends with a reason) | imaging-due. id is the "
			+ "surveillance visit's id. Visits of suspended plans stay listed (planStatus suspended). declined: the last "
			+ "contact was declined, awaiting a doctor's decision to end surveillance")
	@GetMapping("/api/v1/recall")
	@Requires(Permission.RECALL_READ)
	Page list(@Parameter(description = "only this kind") @RequestParam(required = false) String kind,
			@Parameter(description = "only visits of this responsible doctor (username)") @RequestParam(required = false) String doctor,
			@Parameter(description = "page from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "items per page, 1-200 (default cutis.recall.page-size)") @RequestParam(required = false) Integer size) {
		RecallRows.Listing listing = rows.list(RecallRows.Query.of(kind, doctor, page, size, properties.pageSize()));
		return new Page(listing.rows().stream().map(this::item).toList(), listing.total(), listing.page(),
				listing.size());
	}

	@Operation(summary = "Record a contact about a surveillance visit: method called | letter-sent | declined; outcome and "
			+ "note free text; reason required for declined. Append-only. A declined patient stays on the list until "
			+ "surveillance is ended with the reason")
	@PostMapping("/api/v1/recall/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.RECALL_CONTACT)
	ContactView record(@PathVariable UUID id, @RequestBody ContactRequest body) {
		return contact(contacts.record(id, body.method(), body.outcome(), body.note(), body.reason()));
	}

	@Operation(summary = "The contact log of a surveillance visit, oldest first")
	@GetMapping("/api/v1/recall/{id}/contacts")
	@Requires(Permission.RECALL_READ)
	List<ContactView> log(@PathVariable UUID id) {
		return contacts.of(id).stream().map(this::contact).toList();
	}

	record ContactRequest(String method, String outcome, String note, String reason) {
	}

	record Page(List<Item> items, int total, int page, int size) {
	}

	/**
	 * @param visitKind visit | imaging | skin-check
	 * @param planStatus active | suspended
	 */
	record Item(UUID id, UUID planId, UUID patientId, String patientName, String mrn, String phone,
			String emergencyPhone, String kind, long daysOverdue, LocalDate dueFrom, LocalDate dueTo, String visitKind,
			String imaging, String planStatus, String responsible, String responsibleName,
			String responsibleDepartment, Appointment booking, Appointment missedAppointment, ContactView lastContact,
			int contacts, boolean declined) {
	}

	record Appointment(UUID id, Instant start, String status, String clinician, String clinicianName) {
	}

	record ContactView(UUID id, UUID visitId, UUID patientId, String method, String outcome, String note, String reason,
			String recordedBy, String recordedByName, Instant recordedAt) {
	}

	private Item item(RecallRows.Row row) {
		RecallItem i = row.item();
		var v = i.visit();
		return new Item(i.id(), v.planId(), v.patientId(), row.patient() == null ? null : row.patient().displayName(),
				row.patient() == null ? null : row.patient().mrn(), row.details() == null ? null : row.details().phone(),
				row.details() == null ? null : row.details().emergencyPhone(), i.kind().code(), i.daysOverdue(),
				v.dueFrom(), v.dueTo(), v.visitKind(), v.imaging(), v.planSuspended() ? "suspended" : "active",
				v.responsible(), staffNames.label(v.responsible()), v.responsibleDepartment(), appointment(i.booking()),
				appointment(i.missedAppointment()), row.lastContact() == null ? null : contact(row.lastContact()),
				row.contacts().size(), row.awaitingDecision());
	}

	private Appointment appointment(AppointmentState a) {
		return a == null ? null
				: new Appointment(a.id(), a.start(), a.status().code(), a.clinician(), staffNames.label(a.clinician()));
	}

	private ContactView contact(Contact c) {
		return new ContactView(c.id(), c.visitId(), c.patientId(), c.method().code(), c.outcome(), c.note(), c.reason(),
				c.recordedBy(), staffNames.label(c.recordedBy()), c.recordedAt());
	}
}
