package org.cutis.tumorboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cutis.clinical.Diagnosis;

/**
 * The clinician's discordant correlation that brought a report to the board: what pathology
 * found, what the lesion was taken for, and the clinician's note. For a benign result this is
 * all the board has; there is no cancer to stage.
 */
@Embeddable
public class Correlation {
	@Enumerated(EnumType.STRING)
	@Column(name = "report_diagnosis")
	private Diagnosis reportDiagnosis;
	@Enumerated(EnumType.STRING)
	@Column(name = "clinical_impression")
	private Diagnosis clinicalImpression;
	@Column(name = "correlation_note")
	private String note;

	protected Correlation() {
	}

	public Correlation(Diagnosis reportDiagnosis, Diagnosis clinicalImpression, String note) {
		this.reportDiagnosis = reportDiagnosis;
		this.clinicalImpression = clinicalImpression;
		this.note = note == null || note.isBlank() ? null : note.trim();
	}

	public Diagnosis reportDiagnosis() {
		return reportDiagnosis;
	}

	public Diagnosis clinicalImpression() {
		return clinicalImpression;
	}

	public String note() {
		return note;
	}
}
