package org.cutis.biopsy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.SpecimenSummary;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.lesion.LesionSummary;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;

import static org.cutis.biopsy.SpecimenStatus.*;

/**
 * A biopsy specimen from order to communicated result. Each transition checks the state it
 * leaves and records who and when; nothing is ever deleted, a wrong record is voided.
 */
@Entity
@Table(name = "specimen")
public class Specimen {
	@Id
	private UUID id;
	private String accession;
	private UUID patientId;
	private UUID lesionId;
	@Convert(converter = SpecimenSiteConverter.class)
	private AnatomicSite site;
	@Enumerated(EnumType.STRING)
	private Laterality laterality;
	@Enumerated(EnumType.STRING)
	private BiopsyTechnique technique;
	private BigDecimal punchDiameterMm;
	private BigDecimal excisionMarginMm;
	@Enumerated(EnumType.STRING)
	private Diagnosis clinicalImpression;
	private String clinicalHistory;
	private UUID photoId;
	private boolean melanomaWarningAcknowledged;
	private UUID recollectionOf;
	@Enumerated(EnumType.STRING)
	private SpecimenStatus status;
	private Instant orderedAt;
	private String orderedBy;
	private Instant collectedAt;
	private String collectedBy;
	private Instant sentAt;
	private String sentBy;
	private Instant receivedAt;
	private String receivedBy;
	private Instant grossedAt;
	private String grossedBy;
	private Instant reportedAt;
	private String reportedBy;
	private Instant signedAt;
	private String signedBy;
	private boolean malignant;
	private Instant amendedAt;
	private Instant reviewedAt;
	private String reviewedBy;
	private Instant communicatedAt;
	private String communicatedBy;
	@Enumerated(EnumType.STRING)
	private CommunicationMethod communicationMethod;
	private Instant rejectedAt;
	private String rejectedBy;
	private String rejectReason;
	private Instant voidedAt;
	private String voidedBy;
	private String voidReason;
	@Version
	private long version;

	protected Specimen() {
	}

	public Specimen(String accession, LesionSummary lesion, BiopsyOrder order, boolean photoOfThisLesion, String by,
			Instant now) {
		order.validate(isSuspectedMelanoma(lesion), photoOfThisLesion);
		this.id = UUID.randomUUID();
		this.accession = accession;
		this.patientId = lesion.patientId();
		this.lesionId = lesion.id();
		this.site = lesion.site();
		this.laterality = lesion.laterality();
		this.technique = order.technique();
		this.punchDiameterMm = order.punchDiameterMm();
		this.excisionMarginMm = order.excisionMarginMm();
		this.clinicalImpression = lesion.impression();
		this.clinicalHistory = order.clinicalHistory();
		this.photoId = order.photoId();
		this.melanomaWarningAcknowledged = order.acknowledgeMelanomaWarning() && isSuspectedMelanoma(lesion)
				&& order.technique().warnsForSuspectedMelanoma();
		this.status = ORDERED;
		this.orderedAt = now;
		this.orderedBy = by;
	}

	public static boolean isSuspectedMelanoma(LesionSummary lesion) {
		return lesion.impression() == Diagnosis.MELANOMA || lesion.impression() == Diagnosis.MELANOMA_IN_SITU;
	}

	/** The re-collection task a rejected specimen leaves behind: the same order, a new label. */
	public Specimen recollection(String newAccession, String by, Instant now) {
		Specimen next = new Specimen();
		next.id = UUID.randomUUID();
		next.accession = newAccession;
		next.patientId = patientId;
		next.lesionId = lesionId;
		next.site = site;
		next.laterality = laterality;
		next.technique = technique;
		next.punchDiameterMm = punchDiameterMm;
		next.excisionMarginMm = excisionMarginMm;
		next.clinicalImpression = clinicalImpression;
		next.clinicalHistory = clinicalHistory;
		next.photoId = photoId;
		next.melanomaWarningAcknowledged = melanomaWarningAcknowledged;
		next.recollectionOf = id;
		next.status = ORDERED;
		next.orderedAt = now;
		next.orderedBy = by;
		return next;
	}

	public void collect(String by, Instant now) {
		require(ORDERED);
		status = COLLECTED;
		collectedAt = now;
		collectedBy = by;
	}

	public void send(String by, Instant now) {
		require(COLLECTED);
		status = SENT;
		sentAt = now;
		sentBy = by;
	}

	/**
	 * At the pathology desk: the id scanned or typed from the container, the patient and site
	 * written on it must all match the requisition, or the specimen is not accepted.
	 */
	public void receive(String scannedAccession, String containerMrn, String expectedMrn, AnatomicSite containerSite,
			String by, Instant now) {
		require(COLLECTED, SENT);
		List<FieldProblem> problems = new ArrayList<>();
		if (scannedAccession == null || !accession.equalsIgnoreCase(scannedAccession.trim())) {
			problems.add(new FieldProblem("accession", "biopsy.receive.accessionMismatch"));
		}
		if (containerMrn == null || !expectedMrn.equals(containerMrn.trim())) {
			problems.add(new FieldProblem("mrn", "biopsy.receive.patientMismatch"));
		}
		if (containerSite != site) {
			problems.add(new FieldProblem("site", "biopsy.receive.siteMismatch"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		status = RECEIVED;
		receivedAt = now;
		receivedBy = by;
	}

	/** Unlabelled, wrong container, leaked: back to the clinic with a reason. */
	public void reject(String why, String by, Instant now) {
		require(COLLECTED, SENT, RECEIVED);
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		status = REJECTED;
		rejectReason = why.trim();
		rejectedAt = now;
		rejectedBy = by;
	}

	public void gross(String by, Instant now) {
		require(RECEIVED);
		status = GROSSED;
		grossedAt = now;
		grossedBy = by;
	}

	/** A preliminary report exists (the pathology module says so). */
	public void reported(String by, Instant now) {
		require(RECEIVED, GROSSED);
		status = REPORTED;
		reportedAt = now;
		reportedBy = by;
	}

	public void signed(boolean malignantResult, String by, Instant now) {
		require(REPORTED);
		status = SIGNED;
		malignant = malignantResult;
		signedAt = now;
		signedBy = by;
	}

	/**
	 * An addendum changes what the clinician and perhaps the patient were told, so the loop opens
	 * again: the result must be reviewed (and communicated) anew.
	 */
	public void amended(boolean malignantResult, Instant now) {
		require(SIGNED, REVIEWED, COMMUNICATED);
		status = SIGNED;
		malignant = malignantResult;
		amendedAt = now;
		reviewedAt = null;
		reviewedBy = null;
		communicatedAt = null;
		communicatedBy = null;
		communicationMethod = null;
	}

	public void review(String by, Instant now) {
		require(SIGNED);
		status = REVIEWED;
		reviewedAt = now;
		reviewedBy = by;
	}

	public void communicate(CommunicationMethod method, String by, Instant now) {
		require(REVIEWED);
		if (method == null) {
			throw new InvalidInput("method", "error.field.required");
		}
		status = COMMUNICATED;
		communicationMethod = method;
		communicatedAt = now;
		communicatedBy = by;
	}

	public void voidRecord(String why, String by, Instant now) {
		if (status == VOIDED) {
			throw new RefusedTransition("biopsy.specimen.voided");
		}
		if (!status.isOpen()) {
			throw new RefusedTransition("biopsy.transition.refused", status.code());
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		status = VOIDED;
		voidReason = why.trim();
		voidedAt = now;
		voidedBy = by;
	}

	private void require(SpecimenStatus... allowed) {
		if (status == VOIDED) {
			throw new RefusedTransition("biopsy.specimen.voided");
		}
		for (SpecimenStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new RefusedTransition("biopsy.transition.refused", status.code());
	}

	public SpecimenSummary summary() {
		return new SpecimenSummary(id, accession, patientId, lesionId, site, laterality, technique, clinicalImpression,
				clinicalHistory, status, orderedBy, receivedAt);
	}

	public UUID id() { return id; }
	public String accession() { return accession; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public AnatomicSite site() { return site; }
	public Laterality laterality() { return laterality; }
	public BiopsyTechnique technique() { return technique; }
	public BigDecimal punchDiameterMm() { return punchDiameterMm; }
	public BigDecimal excisionMarginMm() { return excisionMarginMm; }
	public Diagnosis clinicalImpression() { return clinicalImpression; }
	public String clinicalHistory() { return clinicalHistory; }
	public UUID photoId() { return photoId; }
	public boolean melanomaWarningAcknowledged() { return melanomaWarningAcknowledged; }
	public UUID recollectionOf() { return recollectionOf; }
	public SpecimenStatus status() { return status; }
	public Instant orderedAt() { return orderedAt; }
	public String orderedBy() { return orderedBy; }
	public Instant collectedAt() { return collectedAt; }
	public String collectedBy() { return collectedBy; }
	public Instant sentAt() { return sentAt; }
	public String sentBy() { return sentBy; }
	public Instant receivedAt() { return receivedAt; }
	public String receivedBy() { return receivedBy; }
	public Instant grossedAt() { return grossedAt; }
	public String grossedBy() { return grossedBy; }
	public Instant reportedAt() { return reportedAt; }
	public String reportedBy() { return reportedBy; }
	public Instant signedAt() { return signedAt; }
	public String signedBy() { return signedBy; }
	public boolean malignant() { return malignant; }
	public Instant amendedAt() { return amendedAt; }
	public Instant reviewedAt() { return reviewedAt; }
	public String reviewedBy() { return reviewedBy; }
	public Instant communicatedAt() { return communicatedAt; }
	public String communicatedBy() { return communicatedBy; }
	public CommunicationMethod communicationMethod() { return communicationMethod; }
	public Instant rejectedAt() { return rejectedAt; }
	public String rejectedBy() { return rejectedBy; }
	public String rejectReason() { return rejectReason; }
	public Instant voidedAt() { return voidedAt; }
	public String voidReason() { return voidReason; }
	public long version() { return version; }
}
