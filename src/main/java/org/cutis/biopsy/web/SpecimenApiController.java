package org.cutis.biopsy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.application.SpecimenEvent;
import org.cutis.biopsy.application.SpecimenLabel;
import org.cutis.biopsy.application.SpecimenHistory;
import org.cutis.biopsy.application.SpecimenTracking;
import org.cutis.biopsy.BiopsyOrder;
import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.SpecimenStep.What;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "specimens", description = "Biopsy orders, specimen tracking and labels")
@RestController
@Requires(Permission.SPECIMEN_READ)
class SpecimenApiController {
	private final SpecimenTracking tracking;
	private final SpecimenLabel labels;
	private final SpecimenHistory history;
	private final Access access;

	SpecimenApiController(SpecimenTracking tracking, SpecimenLabel labels, SpecimenHistory history, Access access) {
		this.access = access;
		this.tracking = tracking;
		this.labels = labels;
		this.history = history;
	}

	@Operation(summary = "Order a biopsy of a lesion. technique: punch (punchDiameterMm 1-8, default 3) | shave | "
			+ "saucerization | incisional | excisional (excisionMarginMm); clinicalHistory and photoId (a photo of "
			+ "this lesion) are required; a partial diagnostic biopsy of a suspected melanoma (shave, incisional, or a "
			+ "punch narrower than the lesion's clinical size) needs acknowledgeMelanomaWarning: true, else 400 naming "
			+ "technique (shave, incisional) or punchDiameterMm (with both sizes). purpose: diagnostic (default) | re-excision | recurrence | metastasis")
	@PostMapping("/api/v1/lesions/{lesionId}/biopsies")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.BIOPSY_ORDER)
	SpecimenView orderBiopsy(@PathVariable UUID lesionId, @RequestBody OrderRequest request) {
		return SpecimenView.of(tracking.orderBiopsy(lesionId, request.order()));
	}

	@Operation(summary = "One specimen: its purpose, state, signed result's behaviour and every step (who, when, "
			+ "reason), also the reviews and communications an addendum reopened")
	@GetMapping("/api/v1/specimens/{id}")
	SpecimenView specimen(@PathVariable UUID id) {
		return SpecimenView.of(tracking.view(id));
	}

	@Operation(summary = "Every step of the specimen, oldest first: status (the state reached, or amended), at, by, "
			+ "reason (rejection, void) and method (communication); includes the reviews and communications that an "
			+ "addendum reopened")
	@GetMapping("/api/v1/specimens/{id}/history")
	List<SpecimenHistory.Step> history(@PathVariable UUID id) {
		return history.of(id);
	}

	@Operation(summary = "A step of the loop. type: collect | send | receive (accession, mrn and site read off the "
			+ "container must match) | reject (reason; returns the re-collection specimen) | gross | review | "
			+ "communicate (method: in-person | phone | portal-letter) | void (reason)")
	@PostMapping("/api/v1/specimens/{id}/events")
	@Requires({ Permission.SPECIMEN_COLLECT, Permission.SPECIMEN_RECEIVE, Permission.SPECIMEN_REVIEW,
			Permission.SPECIMEN_COMMUNICATE, Permission.SPECIMEN_VOID })
	SpecimenView event(@PathVariable UUID id, @RequestBody EventRequest request) {
		SpecimenEvent event = request.event();
		access.require(SpecimenStepPermissions.of(event.type()));
		return SpecimenView.of(tracking.apply(id, event));
	}

	@Operation(summary = "The specimen label as PDF (Code 128 barcode, name, MRN, birth date, site, technique, date)")
	@GetMapping("/api/v1/specimens/{id}/label")
	ResponseEntity<byte[]> label(@PathVariable UUID id, Locale locale) {
		Specimen s = tracking.view(id);
		return SpecimenController.pdf(labels.print(id, locale), "label-" + s.accession() + ".pdf");
	}

	record OrderRequest(String technique, BigDecimal punchDiameterMm, BigDecimal excisionMarginMm,
			String clinicalHistory, UUID photoId, Boolean acknowledgeMelanomaWarning, String purpose) {
		BiopsyOrder order() {
			List<FieldProblem> problems = new ArrayList<>();
			BiopsyTechnique t = BiopsyTechnique.fromCode(technique);
			if (technique != null && t == null) {
				problems.add(new FieldProblem("technique", "biopsy.code.invalid", technique));
			}
			SpecimenRole role = SpecimenRole.fromCode(purpose);
			if (purpose != null && (role == null || !SpecimenRole.BIOPSY_PURPOSES.contains(role))) {
				problems.add(BiopsyOrder.invalidPurpose(purpose));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new BiopsyOrder(t, punchDiameterMm, excisionMarginMm, clinicalHistory, photoId,
					Boolean.TRUE.equals(acknowledgeMelanomaWarning), role);
		}
	}

	record EventRequest(String type, String accession, String mrn, String site, String reason, String method) {
		SpecimenEvent event() {
			List<FieldProblem> problems = new ArrayList<>();
			SpecimenEvent.Type t = SpecimenEvent.Type.fromCode(type);
			if (t == null) {
				problems.add(new FieldProblem("type", "biopsy.event.invalid"));
			}
			AnatomicSite s = null;
			for (AnatomicSite candidate : AnatomicSite.values()) {
				if (candidate.code().equals(site)) {
					s = candidate;
				}
			}
			if (site != null && s == null) {
				problems.add(new FieldProblem("site", "biopsy.code.invalid", site));
			}
			CommunicationMethod m = CommunicationMethod.fromCode(method);
			if (method != null && m == null) {
				problems.add(new FieldProblem("method", "biopsy.code.invalid", method));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new SpecimenEvent(t, accession, mrn, s, reason, m);
		}
	}

	/**
	 * @param purpose        what the biopsy was ordered for: diagnostic | re-excision | recurrence | metastasis
	 * @param resultBehaviour the signed result's behaviour: benign | uncertain | in-situ | malignant (null before)
	 * @param malignant      the signed result is malignant or in situ
	 */
	record SpecimenView(UUID id, String accession, UUID patientId, UUID lesionId, String site, String laterality,
			String technique, String purpose, BigDecimal punchDiameterMm, BigDecimal excisionMarginMm,
			String clinicalImpression, String clinicalHistory, UUID photoId, boolean melanomaWarningAcknowledged,
			UUID recollectionOf, String status, String resultBehaviour, boolean malignant, List<Step> steps,
			String rejectReason, String communicationMethod, String voidReason, long version) {
		static SpecimenView of(Specimen s) {
			Behaviour behaviour = s.resultBehaviour();
			String method = s.status() == SpecimenStatus.COMMUNICATED
					? s.latest(What.COMMUNICATED).map(step -> step.communicationMethod().code()).orElse(null) : null;
			return new SpecimenView(s.id(), s.accession(), s.patientId(), s.lesionId(), s.site().code(),
					s.laterality().code(), s.technique().code(), s.role().code(), s.punchDiameterMm(),
					s.excisionMarginMm(), s.clinicalImpression().code(), s.clinicalHistory(), s.photoId(),
					s.melanomaWarningAcknowledged(), s.recollectionOf(), s.status().code(),
					behaviour == null ? null : behaviour.code(), behaviour != null && behaviour.isCancer(), Step.of(s),
					s.rejectReason(), method, s.voidReason(), s.version());
		}
	}
}
