package org.cutis.biopsy.domain;

import org.cutis.biopsy.BiopsyOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.SpecimenSummary;
import org.cutis.biopsy.domain.SpecimenStep.What;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.lesion.LesionSummary;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.persistence.AnatomicSiteConverter;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.hibernate.annotations.BatchSize;

import static org.cutis.biopsy.SpecimenStatus.*;

/**
 * A biopsy specimen from order to communicated result. Each transition checks the state it
 * leaves and appends a step (what, when, who, why); steps are never changed or removed, so an
 * addendum that reopens the loop leaves the first review and communication readable. Nothing is
 * ever deleted: a wrong record is voided.
 */
@Entity
@Table(name = "specimen")
public class Specimen {
	@Id
	private UUID id;
	private String accession;
	private UUID patientId;
	private UUID lesionId;
	@Convert(converter = AnatomicSiteConverter.class)
	private AnatomicSite site;
	@Enumerated(EnumType.STRING)
	private Laterality laterality;
	@Enumerated(EnumType.STRING)
	private BiopsyTechnique technique;
	@Enumerated(EnumType.STRING)
	private SpecimenRole role;
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
	/** The signed result's behaviour (as amended); null until signed. */
	@Enumerated(EnumType.STRING)
	private Behaviour resultBehaviour;
	/** What the loop waits for and since when, kept with each change so the path log reads an index (V1860). */
	@Enumerated(EnumType.STRING)
	private Awaiting pathAwaits;
	private Instant pathSince;
	// owned here (not mapped by the step), so a new step raises the specimen's version like any change
	@OneToMany(cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@JoinColumn(name = "specimen_id", nullable = false, updatable = false)
	@OrderBy("happenedAt, id")
	@BatchSize(size = 64)
	private List<SpecimenStep> steps = new ArrayList<>();
	@Version
	private long version;

	protected Specimen() {
	}

	public Specimen(String accession, LesionSummary lesion, BiopsyOrder order, boolean photoOfThisLesion, String by,
			Instant now) {
		order.validate(isSuspectedMelanoma(lesion), lesion.sizeMm(), photoOfThisLesion);
		this.id = UUID.randomUUID();
		this.accession = accession;
		this.patientId = lesion.patientId();
		this.lesionId = lesion.id();
		this.site = lesion.site();
		this.laterality = lesion.laterality();
		this.technique = order.technique();
		this.role = order.purpose();
		this.punchDiameterMm = order.punchDiameterMm();
		this.excisionMarginMm = order.excisionMarginMm();
		this.clinicalImpression = lesion.impression();
		this.clinicalHistory = order.clinicalHistory();
		this.photoId = order.photoId();
		this.melanomaWarningAcknowledged = order.acknowledgeMelanomaWarning() && isSuspectedMelanoma(lesion)
				&& order.isPartial(lesion.sizeMm());
		reach(ORDERED, by, now);
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
		next.role = role;
		next.punchDiameterMm = punchDiameterMm;
		next.excisionMarginMm = excisionMarginMm;
		next.clinicalImpression = clinicalImpression;
		next.clinicalHistory = clinicalHistory;
		next.photoId = photoId;
		next.melanomaWarningAcknowledged = melanomaWarningAcknowledged;
		next.recollectionOf = id;
		next.reach(ORDERED, by, now);
		return next;
	}

	public void collect(String by, Instant now) {
		require(ORDERED);
		reach(COLLECTED, by, now);
	}

	public void send(String by, Instant now) {
		require(COLLECTED);
		reach(SENT, by, now);
	}

	/**
	 * At the pathology desk: the id scanned or typed from the container, the patient and site
	 * written on it must all match the requisition, or the specimen is not accepted.
	 */
	public void receive(String scannedAccession, String containerMrn, String expectedMrn, AnatomicSite containerSite,
			String by, Instant now) {
		require(COLLECTED, SENT);
		List<FieldProblem> problems = new ContainerLabel(scannedAccession, containerMrn, containerSite)
			.mismatches(accession, expectedMrn, site);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		reach(RECEIVED, by, now);
	}

	/** Unlabelled, wrong container, leaked: back to the clinic with a reason. */
	public void reject(String why, String by, Instant now) {
		require(COLLECTED, SENT, RECEIVED);
		append(What.REJECTED, by, now, SpecimenTransitions.reason(why), null);
	}

	public void gross(String by, Instant now) {
		require(RECEIVED);
		reach(GROSSED, by, now);
	}

	/** A preliminary report exists (the pathology module says so). */
	public void reported(String by, Instant now) {
		require(RECEIVED, GROSSED);
		reach(REPORTED, by, now);
	}

	/** Signed out: what the result is decides how soon the clinician must review it. */
	public void signed(Behaviour behaviour, String by, Instant now) {
		require(REPORTED);
		resultBehaviour = Objects.requireNonNull(behaviour, "behaviour");
		reach(SIGNED, by, now);
	}

	/**
	 * An addendum changes what the clinician and perhaps the patient were told, so the loop opens
	 * again: the result must be reviewed (and communicated) anew. The earlier steps stay.
	 */
	public void amended(Behaviour behaviour, Instant now) {
		require(SIGNED, REVIEWED, COMMUNICATED);
		resultBehaviour = Objects.requireNonNull(behaviour, "behaviour");
		append(What.AMENDED, null, now, null, null);
		status = SIGNED;
		awaitNext();
	}

	public void review(String by, Instant now) {
		require(SIGNED);
		reach(REVIEWED, by, now);
	}

	public void communicate(CommunicationMethod method, String by, Instant now) {
		require(REVIEWED);
		if (method == null) {
			throw new InvalidInput("method", "error.field.required");
		}
		append(What.COMMUNICATED, by, now, null, method);
	}

	public void voidRecord(String why, String by, Instant now) {
		require(ORDERED, COLLECTED, SENT, RECEIVED, GROSSED, REPORTED, SIGNED, REVIEWED);
		append(What.VOIDED, by, now, SpecimenTransitions.reason(why), null);
	}

	private void require(SpecimenStatus... allowed) {
		SpecimenTransitions.require(status, allowed);
	}

	private void reach(SpecimenStatus state, String by, Instant now) {
		append(What.reached(state), by, now, null, null);
	}

	private void append(What what, String by, Instant now, String reason, CommunicationMethod method) {
		steps.add(new SpecimenStep(what, now, by, reason, method));
		if (what.state() != null) {
			status = what.state();
		}
		awaitNext();
	}

	private void awaitNext() {
		pathAwaits = Awaiting.of(this);
		pathSince = pathAwaits == null ? null : pathAwaits.since(this);
	}

	/** Every step, oldest first, including reviews and communications an addendum reopened. */
	public List<SpecimenStep> steps() {
		return List.copyOf(steps);
	}

	/** The latest step of this kind ("when was it last received, reviewed"), if there is one. */
	public Optional<SpecimenStep> latest(What what) {
		return steps.stream().filter(s -> s.what() == what).reduce((earlier, later) -> later);
	}

	/** The order: the first step. */
	public SpecimenStep ordered() {
		return steps.get(0);
	}

	/** When the result in force was given: the sign-out, or the latest addendum after it. */
	public Optional<Instant> resultAt() {
		return latest(What.AMENDED).or(() -> latest(What.SIGNED)).map(SpecimenStep::at);
	}

	public String rejectReason() {
		return latest(What.REJECTED).map(SpecimenStep::reason).orElse(null);
	}

	public String voidReason() {
		return latest(What.VOIDED).map(SpecimenStep::reason).orElse(null);
	}

	public SpecimenSummary summary() {
		return new SpecimenSummary(id, accession, patientId, lesionId, site, laterality, technique, role,
				clinicalImpression, clinicalHistory, status, ordered().by(),
				latest(What.RECEIVED).map(SpecimenStep::at).orElse(null));
	}

	public UUID id() { return id; }
	public String accession() { return accession; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public AnatomicSite site() { return site; }
	public Laterality laterality() { return laterality; }
	public BiopsyTechnique technique() { return technique; }
	public SpecimenRole role() { return role; }
	public BigDecimal punchDiameterMm() { return punchDiameterMm; }
	public BigDecimal excisionMarginMm() { return excisionMarginMm; }
	public Diagnosis clinicalImpression() { return clinicalImpression; }
	public String clinicalHistory() { return clinicalHistory; }
	public UUID photoId() { return photoId; }
	public boolean melanomaWarningAcknowledged() { return melanomaWarningAcknowledged; }
	public UUID recollectionOf() { return recollectionOf; }
	public SpecimenStatus status() { return status; }
	public Behaviour resultBehaviour() { return resultBehaviour; }
	public long version() { return version; }
}
