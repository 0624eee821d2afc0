package org.cutis.patient.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutis.audit.AuditLog;
import org.cutis.patient.ConfirmedCancers;
import org.cutis.patient.ConfirmedCancers.ConfirmedCancer;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.SpecialCopay;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.domain.Patients;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration desk's special co-payment (V193) worklist: registrations that expire within
 * 90 days (to check whether the patient registers again), and patients with a confirmed malignant
 * cancer and no registration in force (never registered, or lapsed). Every patient shown is
 * audited as LIST.
 */
@Service
public class SpecialCopayWorklist {
	public static final int WINDOW_DAYS = 90;
	static final String LIST = "special-copay-worklist";
	private final Patients patients;
	private final ObjectProvider<ConfirmedCancers> cancers;
	private final AuditLog audit;
	private final Clock clock;

	SpecialCopayWorklist(Patients patients, ObjectProvider<ConfirmedCancers> cancers, AuditLog audit, Clock clock) {
		this.patients = patients;
		this.cancers = cancers;
		this.audit = audit;
		this.clock = clock;
	}

	public record Expiring(PatientSummary patient, SpecialCopay registration, long daysLeft) {
	}

	/** @param lapsedOn when the patient's previous registration expired, or null when there was none */
	public record Missing(PatientSummary patient, ConfirmedCancer cancer, LocalDate lapsedOn) {
	}

	public record Worklist(LocalDate asOf, List<Expiring> expiring, List<Missing> missing) {
	}

	@Transactional
	public Worklist worklist() {
		LocalDate today = LocalDate.now(clock);
		List<Expiring> expiring = patients
			.findBySpecialCopayExpiresOnBetweenAndVoidedAtIsNullOrderBySpecialCopayExpiresOnAsc(today,
					today.plusDays(WINDOW_DAYS))
			.stream()
			.map(p -> new Expiring(p.summary(), p.specialCopay(),
					ChronoUnit.DAYS.between(today, p.specialCopay().expiresOn())))
			.toList();

		// the most recent confirmed cancer of each patient stands for the patient
		Map<UUID, ConfirmedCancer> latest = new LinkedHashMap<>();
		cancers.orderedStream()
			.flatMap(source -> source.confirmedMalignant().stream())
			.sorted(Comparator.comparing(ConfirmedCancer::diagnosisDate).reversed())
			.forEach(c -> latest.putIfAbsent(c.patientId(), c));
		Map<UUID, Patient> charts = patients.findAllById(latest.keySet())
			.stream()
			.collect(Collectors.toMap(Patient::id, Function.identity()));
		List<Missing> missing = new ArrayList<>();
		latest.forEach((patientId, cancer) -> {
			Patient patient = charts.get(patientId);
			if (patient == null || patient.isVoided()) {
				return;
			}
			SpecialCopay copay = patient.specialCopay();
			if (copay.recorded() && !copay.expiredOn(today)) {
				return;
			}
			missing.add(new Missing(patient.summary(), cancer, copay.recorded() ? copay.expiresOn() : null));
		});
		missing.sort(Comparator.comparing((Missing m) -> m.cancer().diagnosisDate()));

		Set<UUID> shown = new LinkedHashSet<>();
		expiring.forEach(e -> shown.add(e.patient().id()));
		missing.forEach(m -> shown.add(m.patient().id()));
		audit.listed(LIST, null, shown);
		return new Worklist(today, expiring, missing);
	}
}
