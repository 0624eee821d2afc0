package org.cutis.patient;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutis.patient.domain.Patients;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: does this patient exist, and who is it. Does not audit; callers audit their own views. */
@Component
@Transactional(readOnly = true)
public class PatientDirectory {
	private final Patients patients;

	PatientDirectory(Patients patients) {
		this.patients = patients;
	}

	public Optional<PatientSummary> find(UUID id) {
		return patients.findById(id).map(p -> p.summary());
	}

	/**
	 * The patients of one worklist page in one query, by id; an id with no patient is absent
	 * from the map (a worklist must not look each row's patient up alone).
	 */
	public Map<UUID, PatientSummary> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return patients.findAllById(Set.copyOf(ids))
			.stream()
			.map(p -> p.summary())
			.collect(Collectors.toMap(PatientSummary::id, Function.identity()));
	}

	/** The phone number as registered, for a message to the patient (the clinic's notifications). */
	public Optional<String> phoneOf(UUID id) {
		return patients.findById(id).map(p -> p.details().phone());
	}

	/** The patient's registered details with the contact numbers (the recall list calls the patient). */
	public Optional<PatientDetails> details(UUID id) {
		return patients.findById(id).map(p -> p.details());
	}
}
