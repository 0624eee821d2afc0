package org.cutis.pathology.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinical.Diagnosis;
import org.cutis.rules.common.Finding;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MelanomaPrimaryFindings;
import org.cutis.rules.melanoma.MelanomaT;
import org.cutis.rules.melanoma.MelanomaTCategoryPolicy;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;

/**
 * A dermatopathology report. Drafts may be saved again; signing freezes it for good (there is
 * no method that changes a signed report's findings), corrections are addenda.
 */
@Entity
@Table(name = "pathology_report")
public class PathologyReport {
	public enum Status {
		DRAFT, SIGNED
	}

	public enum Correlation {
		CONCORDANT, DISCORDANT
	}

	private static final MelanomaTCategoryPolicy T_POLICY = new MelanomaTCategoryPolicy();

	@Id
	private UUID id;
	private UUID specimenId;
	private UUID patientId;
	private UUID lesionId;
	@Enumerated(EnumType.STRING)
	private Diagnosis diagnosis;
	private String diagnosisText;
	private String microscopy;
	private String histologicSubtype;
	private BigDecimal breslowMm;
	private Boolean ulceration;
	@Column(name = "mitotic_rate_per_mm2")
	private BigDecimal mitoticRatePerMm2;
	private Boolean microsatellites;
	private Boolean lymphovascularInvasion;
	private Boolean neurotropism;
	private Boolean regression;
	private String tils;
	private String clarkLevel;
	private String differentiation;
	private BigDecimal tumourDepthMm;
	private Boolean beyondSubcutaneousFat;
	private Boolean perineuralInvasion;
	private BigDecimal nerveCalibreMm;
	private String bccSubtypes;
	private Boolean peripheralMarginInvolved;
	private BigDecimal peripheralMarginMm;
	private Boolean deepMarginInvolved;
	private BigDecimal deepMarginMm;
	private String ptCategory;
	private String ptRuleSet;
	private String ptExplanation;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant draftedAt;
	private String draftedBy;
	private Instant signedAt;
	private String signedBy;
	@Enumerated(EnumType.STRING)
	private Correlation correlation;
	private String correlationNote;
	private Instant correlatedAt;
	private String correlatedBy;
	@Version
	private long version;

	protected PathologyReport() {
	}

	public PathologyReport(UUID specimenId, UUID patientId, UUID lesionId, Synoptic synoptic, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.specimenId = specimenId;
		this.patientId = patientId;
		this.lesionId = lesionId;
		this.status = Status.DRAFT;
		record(synoptic, by, now);
	}

	/** Saves the draft again with new findings; pT is computed afresh from them. */
	public void record(Synoptic s, String by, Instant now) {
		if (status == Status.SIGNED) {
			throw new RefusedTransition("pathology.signed.immutable");
		}
		s.validate();
		diagnosis = s.diagnosis();
		diagnosisText = trim(s.diagnosisText());
		microscopy = trim(s.microscopy());
		histologicSubtype = trim(s.histologicSubtype());
		breslowMm = s.breslowMm();
		ulceration = s.ulceration();
		mitoticRatePerMm2 = s.mitoticRatePerMm2();
		microsatellites = s.microsatellites();
		lymphovascularInvasion = s.lymphovascularInvasion();
		neurotropism = s.neurotropism();
		regression = s.regression();
		tils = trim(s.tils());
		clarkLevel = trim(s.clarkLevel());
		differentiation = trim(s.differentiation());
		tumourDepthMm = s.tumourDepthMm();
		beyondSubcutaneousFat = s.beyondSubcutaneousFat();
		perineuralInvasion = s.perineuralInvasion();
		nerveCalibreMm = s.nerveCalibreMm();
		bccSubtypes = trim(s.bccSubtypes());
		peripheralMarginInvolved = s.peripheralMarginInvolved();
		peripheralMarginMm = s.peripheralMarginMm();
		deepMarginInvolved = s.deepMarginInvolved();
		deepMarginMm = s.deepMarginMm();
		computePt();
		draftedAt = now;
		draftedBy = by;
	}

	/** pT by the rules engine (AJCC 8th) for melanoma; other tumours are not staged here. */
	private void computePt() {
		ptCategory = null;
		ptRuleSet = null;
		ptExplanation = null;
		MelanomaPrimaryFindings findings = null;
		if (diagnosis == Diagnosis.MELANOMA) {
			findings = MelanomaPrimaryFindings.invasive(new BreslowThickness(breslowMm), Boolean.TRUE.equals(ulceration));
		}
		else if (diagnosis == Diagnosis.MELANOMA_IN_SITU) {
			findings = new MelanomaPrimaryFindings(true, true, null, false);
		}
		if (findings != null) {
			Finding<MelanomaT> t = T_POLICY.classify(findings);
			ptCategory = "p" + t.value().code();
			ptRuleSet = t.ruleSet().id();
			ptExplanation = String.join(" ", t.explanation()) + " (" + t.source() + ")";
		}
	}

	public void sign(String by, Instant now) {
		if (status == Status.SIGNED) {
			throw new RefusedTransition("pathology.alreadySigned");
		}
		status = Status.SIGNED;
		signedAt = now;
		signedBy = by;
	}

	public void requireSigned() {
		if (status != Status.SIGNED) {
			throw new RefusedTransition("pathology.addendum.unsigned");
		}
	}

	/** The clinician's judgement whether pathology agrees with the clinical impression. */
	public void correlate(Correlation verdict, String note, String by, Instant now) {
		requireSigned();
		if (verdict == null) {
			throw new InvalidInput("correlation", "error.field.required");
		}
		if (verdict == Correlation.DISCORDANT && (note == null || note.isBlank())) {
			throw new InvalidInput("correlationNote", "pathology.correlation.noteRequired");
		}
		correlation = verdict;
		correlationNote = trim(note);
		correlatedAt = now;
		correlatedBy = by;
	}

	public boolean isMalignant() {
		return diagnosis.isMalignant();
	}

	public boolean needsReReview() {
		return correlation == Correlation.DISCORDANT;
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public UUID id() { return id; }
	public UUID specimenId() { return specimenId; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public Diagnosis diagnosis() { return diagnosis; }
	public String diagnosisText() { return diagnosisText; }
	public String microscopy() { return microscopy; }
	public String histologicSubtype() { return histologicSubtype; }
	public BigDecimal breslowMm() { return breslowMm; }
	public Boolean ulceration() { return ulceration; }
	public BigDecimal mitoticRatePerMm2() { return mitoticRatePerMm2; }
	public Boolean microsatellites() { return microsatellites; }
	public Boolean lymphovascularInvasion() { return lymphovascularInvasion; }
	public Boolean neurotropism() { return neurotropism; }
	public Boolean regression() { return regression; }
	public String tils() { return tils; }
	public String clarkLevel() { return clarkLevel; }
	public String differentiation() { return differentiation; }
	public BigDecimal tumourDepthMm() { return tumourDepthMm; }
	public Boolean beyondSubcutaneousFat() { return beyondSubcutaneousFat; }
	public Boolean perineuralInvasion() { return perineuralInvasion; }
	public BigDecimal nerveCalibreMm() { return nerveCalibreMm; }
	public String bccSubtypes() { return bccSubtypes; }
	public Boolean peripheralMarginInvolved() { return peripheralMarginInvolved; }
	public BigDecimal peripheralMarginMm() { return peripheralMarginMm; }
	public Boolean deepMarginInvolved() { return deepMarginInvolved; }
	public BigDecimal deepMarginMm() { return deepMarginMm; }
	public String ptCategory() { return ptCategory; }
	public String ptRuleSet() { return ptRuleSet; }
	public String ptExplanation() { return ptExplanation; }
	public Status status() { return status; }
	public Instant draftedAt() { return draftedAt; }
	public String draftedBy() { return draftedBy; }
	public Instant signedAt() { return signedAt; }
	public String signedBy() { return signedBy; }
	public Correlation correlation() { return correlation; }
	public String correlationNote() { return correlationNote; }
	public Instant correlatedAt() { return correlatedAt; }
	public String correlatedBy() { return correlatedBy; }
	public long version() { return version; }
}
