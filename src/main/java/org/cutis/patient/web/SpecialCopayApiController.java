package org.cutis.patient.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.application.SpecialCopayWorklist;
import org.cutis.patient.application.SpecialCopayWorklist.Expiring;
import org.cutis.patient.application.SpecialCopayWorklist.Missing;
import org.cutis.patient.application.SpecialCopayWorklist.Worklist;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "special-copay", description = "Cancer special co-payment registration (산정특례, V193)")
@RestController
class SpecialCopayApiController {
	private final SpecialCopayWorklist worklist;
	private final Access access;

	SpecialCopayApiController(SpecialCopayWorklist worklist, Access access) {
		this.worklist = worklist;
		this.access = access;
	}

	record ExpiringView(UUID patientId, String mrn, String name, String rrn, String number, LocalDate registeredOn,
			LocalDate expiresOn, long daysLeft) {
		static ExpiringView of(Expiring e) {
			PatientSummary p = e.patient();
			return new ExpiringView(p.id(), p.mrn(), p.displayName(), p.rrnMasked(), e.registration().number(),
					e.registration().registeredOn(), e.registration().expiresOn(), e.daysLeft());
		}
	}

	/**
	 * {@code lapsedOn}: when a previous registration expired; null when the patient never had one.
	 * {@code kind} and {@code diagnosis} only for those who read cancers: the registration desk
	 * learns that there is a confirmed cancer, not which.
	 */
	record MissingView(UUID patientId, String mrn, String name, String rrn, UUID cancerId, String kind,
			String diagnosis, LocalDate diagnosisDate, LocalDate lapsedOn) {
		static MissingView of(Missing m, boolean clinical) {
			PatientSummary p = m.patient();
			return new MissingView(p.id(), p.mrn(), p.displayName(), p.rrnMasked(), m.cancer().cancerId(),
					clinical ? m.cancer().kind() : null, clinical ? m.cancer().diagnosis() : null,
					m.cancer().diagnosisDate(), m.lapsedOn());
		}
	}

	record WorklistView(LocalDate asOf, int windowDays, List<ExpiringView> expiring, List<MissingView> missing) {
	}

	@Operation(summary = "Registrations expiring within 90 days, and patients with a confirmed malignant cancer "
			+ "without a registration in force (each patient listed is audited as LIST)")
	@GetMapping("/api/v1/special-copay/worklist")
	@Requires(Permission.SPECIAL_COPAY_WORKLIST)
	WorklistView worklist() {
		Worklist list = worklist.worklist();
		return new WorklistView(list.asOf(), SpecialCopayWorklist.WINDOW_DAYS,
				list.expiring().stream().map(ExpiringView::of).toList(),
				list.missing().stream().map(m -> MissingView.of(m, access.allows(Permission.CANCER_READ))).toList());
	}
}
