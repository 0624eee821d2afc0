package org.cutis.referral.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.referral.DrugChoice;
import org.cutis.referral.OutsideOncologist;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralDrug;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.Urgency;
import org.cutis.referral.application.ReferralManagement;
import org.cutis.referral.application.TriageWorklist;
import org.cutis.referral.domain.Referral;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;
import org.cutis.shared.web.PageHeaders;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "referrals", description = "Referral intake and triage")
@RestController
@RequestMapping("/api/v1/referrals")
@Requires(Permission.REFERRAL_READ)
class ReferralApiController {
	private final ReferralManagement referrals;
	private final TriageWorklist worklist;
	private final StaffDirectory staff;

	ReferralApiController(ReferralManagement referrals, TriageWorklist worklist, StaffDirectory staff) {
		this.referrals = referrals;
		this.worklist = worklist;
		this.staff = staff;
	}

	@Operation(summary = "Take a referral. source: {kind: internal|external, department | clinic, physician}; "
			+ "reason: suspected-skin-cancer | precancerous-lesion | skin-problem-during-cancer-treatment "
			+ "(then drugs: [{drug: catalogue code}] or [{drug: name, freeEntry: true}], and oncologist: the username "
			+ "of an oncologist or radiation oncologist, or outsideOncologist: {name, hospital}) | "
			+ "follow-up-after-treatment-elsewhere; urgency: routine | urgent | suspected-melanoma-fast-track; "
			+ "redFlags: mucosal-involvement | skin-detachment | fever | facial-oedema | disproportionate-pain | "
			+ "eosinophilia-or-organ-involvement (any red flag: at least urgent, scarWarning true)")
	@PostMapping
	@Requires(Permission.REFERRAL_RECEIVE)
	@ResponseStatus(HttpStatus.CREATED)
	ReferralView receive(@RequestBody ReferralRequest request) {
		return view(referrals.receive(request.patientId(), request.details()));
	}

	@Operation(summary = "One referral")
	@GetMapping("/{id}")
	ReferralView referral(@PathVariable UUID id) {
		return view(referrals.view(id));
	}

	@Operation(summary = "The triage worklist, one page: open referrals, those with red flags (scarWarning) first, "
			+ "then most urgent first and, within one urgency, oldest (most overdue) first, with age flag",
			description = "A JSON array of one page. page: from 0 (default 0); size: 1 to " + Paging.MAX_SIZE
					+ " (default " + Paging.DEFAULT_SIZE + "); a page or size out of range is refused (400) naming "
					+ "the field. Header X-Total-Count: the open referrals in all pages; header Link with "
					+ "rel=\"next\" (and rel=\"prev\") to the neighbouring pages, absent at the ends.")
	@GetMapping
	ResponseEntity<List<WorklistItem>> worklist(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Paged<TriageWorklist.WorklistRow> paged = worklist.page(Paging.of(page, size));
		Map<String, StaffMember> oncologists = staff.findAll(paged.rows()
			.stream()
			.map(row -> row.referral().oncologistUsername())
			.filter(Objects::nonNull)
			.toList());
		// an open referral has no booked visit yet (acceptance books it), so no appointment is looked up
		List<WorklistItem> items = paged.rows()
			.stream()
			.map(row -> new WorklistItem(view(row.referral(), oncologists::get, null), row.flag().name().toLowerCase()))
			.toList();
		return ResponseEntity.ok().headers(PageHeaders.of(paged)).body(items);
	}

	@Operation(summary = "Accept: book to a dermatologist. With appointmentDate (the first free slot of that day in the "
			+ "dermatologist's clinic sessions) or appointmentStart (ISO-8601 with offset, or a local date-time of the "
			+ "center) a real appointment is booked; a day or time the clinic cannot take is refused naming the field")
	@PostMapping("/{id}/accept")
	@Requires(Permission.REFERRAL_TRIAGE)
	ReferralView accept(@PathVariable UUID id, @RequestBody Acceptance acceptance) {
		return view(referrals.accept(id, acceptance.dermatologist(), acceptance.appointmentDate(),
				referrals.appointmentStart(acceptance.appointmentStart())));
	}

	@Operation(summary = "Decline with a reason")
	@PostMapping("/{id}/decline")
	@Requires(Permission.REFERRAL_TRIAGE)
	ReferralView decline(@PathVariable UUID id, @RequestBody Declination declination) {
		return view(referrals.decline(id, declination.reason()));
	}

	record Source(String kind, String department, String clinic, String physician) {
	}

	/** A drug of the request: a catalogue code, or a name with freeEntry true (absent is false). */
	record DrugRequest(String drug, Boolean freeEntry) {
		DrugChoice choice() {
			return new DrugChoice(drug, Boolean.TRUE.equals(freeEntry));
		}
	}

	record ReferralRequest(UUID patientId, Source source, String reason, String urgency, List<DrugRequest> drugs,
			String oncologist, OutsideOncologist outsideOncologist, List<String> redFlags, String note) {
		org.cutis.referral.ReferralDetails details() {
			ReferralReason parsedReason = ReferralReason.fromCode(reason);
			if (reason != null && parsedReason == null) {
				throw new InvalidInput("reason", "referral.reason.invalid");
			}
			Urgency parsedUrgency = Urgency.fromCode(urgency);
			if (urgency != null && parsedUrgency == null) {
				throw new InvalidInput("urgency", "referral.urgency.invalid");
			}
			SourceKind kind = null;
			if (source != null && source.kind() != null) {
				try {
					kind = SourceKind.valueOf(source.kind().trim().toUpperCase());
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInput("source.kind", "referral.source.invalid");
				}
			}
			Source s = source == null ? new Source(null, null, null, null) : source;
			return new org.cutis.referral.ReferralDetails(kind, s.department(), s.clinic(), s.physician(), parsedReason,
					drugs == null ? List.of() : drugs.stream().map(d -> d == null ? new DrugChoice(null, false) : d.choice())
						.toList(),
					oncologist, outsideOncologist, RedFlag.parse(redFlags, "redFlags"), parsedUrgency, note);
		}
	}

	record Acceptance(String dermatologist, LocalDate appointmentDate, String appointmentStart) {
	}

	record Declination(String reason) {
	}

	record WorklistItem(ReferralView referral, String ageFlag) {
	}

	ReferralView view(Referral r) {
		return view(r, username -> staff.find(username).orElse(null),
				referrals.appointmentOf(r.id()).map(v -> AppointmentView.of(v, referrals.zone())).orElse(null));
	}

	/** The referral with its oncologist's account as {@code staffOf} finds it, and the booked visit (or null). */
	private ReferralView view(Referral r, Function<String, StaffMember> staffOf, AppointmentView appointment) {
		OncologistView oncologist = r.oncologistUsername() == null ? null
				: Optional.ofNullable(staffOf.apply(r.oncologistUsername()))
					.map(m -> new OncologistView(m.username(), m.displayName(),
							m.departments().stream().map(d -> d.code()).sorted().toList()))
					.orElse(new OncologistView(r.oncologistUsername(), null, List.of()));
		return new ReferralView(r.id(), r.patientId(),
				new Source(r.sourceKind().name().toLowerCase(), r.sourceDepartment(), r.sourceClinic(),
						r.referringPhysician()),
				r.reason().code(), r.urgency().code(), r.urgencyRaised() ? r.requestedUrgency().code() : null,
				r.redFlags().stream().map(RedFlag::code).toList(), r.scarWarning(),
				r.drugs().stream().map(DrugView::of).toList(), oncologist, r.outsideOncologist(), r.cancerDrugs(),
				r.treatingOncologist(), r.note(), r.receivedAt(), r.status().name().toLowerCase(),
				r.bookedDermatologist(), r.appointmentDate(), appointment, r.declineReason(), r.decidedAt(), r.version());
	}

	/** A drug as the catalogue had it at intake; code and drugClass are null for a free entry. */
	record DrugView(String code, String nameKo, String nameEn, String drugClass, boolean freeEntry) {
		static DrugView of(ReferralDrug d) {
			return new DrugView(d.code(), d.nameKo(), d.nameEn(), d.drugClass() == null ? null : d.drugClass().code(),
					d.freeEntry());
		}
	}

	/** The treating oncologist's account: name and departments (the username for API clients only). */
	record OncologistView(String username, String name, List<String> departments) {
	}

	/**
	 * urgencyRaisedFrom: the referrer's urgency when red flags raised it (else null); cancerDrugs and
	 * treatingOncologist: the free text of referrals made before the catalogue (null for new ones).
	 */
	record ReferralView(UUID id, UUID patientId, Source source, String reason, String urgency,
			String urgencyRaisedFrom, List<String> redFlags, boolean scarWarning, List<DrugView> drugs,
			OncologistView oncologist, OutsideOncologist outsideOncologist, String cancerDrugs,
			String treatingOncologist, String note, Instant receivedAt, String status, String bookedDermatologist,
			LocalDate appointmentDate, AppointmentView appointment, String declineReason, Instant decidedAt,
			long version) {
	}

	/** The first visit booked at acceptance: when, with whom, where, and its status code. */
	record AppointmentView(UUID id, java.time.OffsetDateTime start, String clinician, String location, String status) {
		static AppointmentView of(org.cutis.referral.ReferralAppointments.BookedVisit v, java.time.ZoneId zone) {
			return new AppointmentView(v.appointmentId(), v.start().atZone(zone).toOffsetDateTime(), v.clinician(),
					v.location(), v.status());
		}
	}
}
