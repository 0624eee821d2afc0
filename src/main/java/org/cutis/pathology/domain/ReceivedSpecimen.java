package org.cutis.pathology.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.persistence.AnatomicSiteConverter;
import org.cutis.shared.persistence.InputName;

/**
 * A specimen as pathology received it: what the requisition said (site, technique, what it was
 * taken for, the clinical impression and history, the lesion's clinical size). Handed over by the
 * biopsy module at receipt; withdrawn when the specimen is rejected or voided before a report.
 */
@Entity
@Table(name = "pathology_specimen")
public class ReceivedSpecimen {
	@Id
	private UUID specimenId;
	private String accession;
	private UUID patientId;
	private UUID lesionId;
	private String lesionLabel;
	@Convert(converter = AnatomicSiteConverter.class)
	private AnatomicSite site;
	@Enumerated(EnumType.STRING)
	private Laterality laterality;
	@Enumerated(EnumType.STRING)
	private BiopsyTechnique technique;
	@Enumerated(EnumType.STRING)
	private SpecimenRole role;
	@Enumerated(EnumType.STRING)
	private Diagnosis clinicalImpression;
	private String clinicalHistory;
	private BigDecimal clinicalDiameterMm;
	private String orderedBy;
	private Instant receivedAt;
	private String receivedBy;
	private Instant withdrawnAt;
	/** When its report was signed: it leaves the pathologist's worklist (the report owns the signature). */
	private Instant signedAt;
	@InputName("reason")
	private String withdrawReason;

	protected ReceivedSpecimen() {
	}

	public ReceivedSpecimen(SpecimenForReport s) {
		this.specimenId = s.specimenId();
		take(s);
	}

	/** Received again (after a re-collection the same id never comes back, but a redelivery may). */
	public void take(SpecimenForReport s) {
		accession = s.accession();
		patientId = s.patientId();
		lesionId = s.lesionId();
		lesionLabel = s.lesionLabel();
		site = s.site();
		laterality = s.laterality();
		technique = s.technique();
		role = s.role();
		clinicalImpression = s.clinicalImpression();
		clinicalHistory = s.clinicalHistory();
		clinicalDiameterMm = s.clinicalDiameterMm();
		orderedBy = s.orderedBy();
		receivedAt = s.receivedAt();
		receivedBy = s.receivedBy();
		withdrawnAt = null;
		withdrawReason = null;
	}

	public void withdraw(String reason, Instant now) {
		withdrawnAt = now;
		withdrawReason = reason;
	}

	/** Its report was signed: copied here so that the worklist's index holds only what still waits. */
	public void reportSigned(Instant at) {
		signedAt = at;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public SpecimenForReport summary() {
		return new SpecimenForReport(specimenId, accession, patientId, lesionId, lesionLabel, site, laterality,
				technique, role, clinicalImpression, clinicalHistory, clinicalDiameterMm, orderedBy, receivedAt,
				receivedBy);
	}

	public UUID specimenId() { return specimenId; }
	public String accession() { return accession; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public SpecimenRole role() { return role; }
	public Instant receivedAt() { return receivedAt; }
	public Instant withdrawnAt() { return withdrawnAt; }
}
