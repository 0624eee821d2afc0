package org.cutis.recurrence.web;

import java.util.List;
import java.util.UUID;

import org.cutis.biopsy.BiopsyOrdering.Taken;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.recurrence.application.RelapseWorkupQueries.Tracked;
import org.cutis.recurrence.domain.RelapseWorkup;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;

import org.springframework.stereotype.Component;

/** Work-ups as the pages show them: the patient, the cancer, each lesion by its label with its re-biopsy. */
@Component
class WorkupRows {
	private final PatientDirectory patients;
	private final CancerDirectory cancers;
	private final LesionDirectory lesions;

	WorkupRows(PatientDirectory patients, CancerDirectory cancers, LesionDirectory lesions) {
		this.patients = patients;
		this.cancers = cancers;
		this.lesions = lesions;
	}

	public record Row(Tracked tracked, PatientSummary patient, CancerSummary cancer, List<Target> targets) {
		public RelapseWorkup workup() {
			return tracked.workup();
		}

		public String patientLabel() {
			return patient == null ? "-" : patient.displayName() + " · " + patient.mrn();
		}
	}

	/** @param lesion the lesion (null if it cannot be found) @param rebiopsy null until ordered */
	public record Target(UUID lesionId, LesionSummary lesion, String relation, Taken rebiopsy) {
		public String label() {
			return lesion == null ? "-" : lesion.label();
		}
	}

	List<Row> rows(List<Tracked> tracked) {
		return tracked.stream().map(this::row).toList();
	}

	Row row(Tracked t) {
		RelapseWorkup w = t.workup();
		return new Row(t, patients.find(w.patientId()).orElse(null), cancers.find(w.cancerId()).orElse(null),
				t.targets().stream()
					.map(target -> new Target(target.lesion().lesionId(),
							lesions.find(target.lesion().lesionId()).orElse(null), target.lesion().relation(),
							target.rebiopsy()))
					.toList());
	}
}
