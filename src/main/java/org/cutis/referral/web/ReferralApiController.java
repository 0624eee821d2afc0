package org.cutis.referral.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.Urgency;
import org.cutis.referral.application.ReferralManagement;
import org.cutis.referral.domain.Referral;
import org.cutis.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "referrals", description = "Referral intake and triage")
@RestController
@RequestMapping("/api/v1/referrals")
@Requires(Permission.REFERRAL_READ)
class ReferralApiController {
	private final ReferralManagement referrals;

	ReferralApiController(ReferralManagement referrals) {
		this.referrals = referrals;
	}

	@Operation(summary = "Take a referral. source: {kind: internal|external, department | clinic, physician}; "
			+ "reason: suspected-skin-cancer | precancerous-lesion | skin-problem-during-cancer-treatment "
			+ "(then cancerDrugs and treatingOncologist) | follow-up-after-treatment-elsewhere; "
			+ "urgency: routine | urgent | suspected-melanoma-fast-track")
	@PostMapping
	@Requires(Permission.REFERRAL_RECEIVE)
	@ResponseStatus(HttpStatus.CREATED)
	ReferralView receive(@RequestBody ReferralRequest request) {
		return ReferralView.of(referrals.receive(request.patientId(), request.form().details()));
	}

	@Operation(summary = "One referral")
	@GetMapping("/{id}")
	ReferralView referral(@PathVariable UUID id) {
		return ReferralView.of(referrals.view(id));
	}

	@Operation(summary = "The triage worklist: open referrals, most urgent first and, within one urgency, oldest (most overdue) first, with age flag")
	@GetMapping
	List<WorklistItem> worklist() {
		return referrals.worklist()
			.stream()
			.map(row -> new WorklistItem(ReferralView.of(row.referral()), row.flag().name().toLowerCase()))
			.toList();
	}

	@Operation(summary = "Accept: book to a dermatologist")
	@PostMapping("/{id}/accept")
	@Requires(Permission.REFERRAL_TRIAGE)
	ReferralView accept(@PathVariable UUID id, @RequestBody Acceptance acceptance) {
		return ReferralView.of(referrals.accept(id, acceptance.dermatologist(), acceptance.appointmentDate()));
	}

	@Operation(summary = "Decline with a reason")
	@PostMapping("/{id}/decline")
	@Requires(Permission.REFERRAL_TRIAGE)
	ReferralView decline(@PathVariable UUID id, @RequestBody Declination declination) {
		return ReferralView.of(referrals.decline(id, declination.reason()));
	}

	record Source(String kind, String department, String clinic, String physician) {
	}

	record ReferralRequest(UUID patientId, Source source, String reason, String urgency, String cancerDrugs,
			String treatingOncologist, String note) {
		ReferralForm form() {
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
			return new ReferralForm(patientId, kind, s.department(), s.clinic(), s.physician(), parsedReason,
					cancerDrugs, treatingOncologist, parsedUrgency, note);
		}
	}

	record Acceptance(String dermatologist, LocalDate appointmentDate) {
	}

	record Declination(String reason) {
	}

	record WorklistItem(ReferralView referral, String ageFlag) {
	}

	record ReferralView(UUID id, UUID patientId, Source source, String reason, String urgency, String cancerDrugs,
			String treatingOncologist, String note, Instant receivedAt, String status, String bookedDermatologist,
			LocalDate appointmentDate, String declineReason, Instant decidedAt, long version) {
		static ReferralView of(Referral r) {
			return new ReferralView(r.id(), r.patientId(),
					new Source(r.sourceKind().name().toLowerCase(), r.sourceDepartment(), r.sourceClinic(),
							r.referringPhysician()),
					r.reason().code(), r.urgency().code(), r.cancerDrugs(), r.treatingOncologist(), r.note(),
					r.receivedAt(), r.status().name().toLowerCase(), r.bookedDermatologist(), r.appointmentDate(),
					r.declineReason(), r.decidedAt(), r.version());
		}
	}
}
