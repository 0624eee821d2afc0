package org.cutis.staging.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;
import org.cutis.patient.ConfirmedCancers;
import org.cutis.staging.DiagnosisKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cancers the special co-payment worklist asks about: every histologically confirmed
 * malignant diagnosis (invasive; in situ and uncertain behaviour are not a V193 cancer).
 */
@Component
class CancersForSpecialCopay implements ConfirmedCancers {
	private final EntityManager entities;

	CancersForSpecialCopay(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConfirmedCancer> confirmedMalignant() {
		List<Object[]> rows = entities
			.createQuery("select c.id, c.patientId, c.kind, c.diagnosis, c.diagnosisDate from CancerDiagnosis c",
					Object[].class)
			.getResultList();
		return rows.stream()
			.filter(r -> ((Diagnosis) r[3]).behaviour() == Behaviour.MALIGNANT)
			.map(r -> new ConfirmedCancer((UUID) r[1], (UUID) r[0], ((DiagnosisKind) r[2]).code(),
					((Diagnosis) r[3]).code(), (LocalDate) r[4], "/cancers/" + r[0]))
			.toList();
	}
}
