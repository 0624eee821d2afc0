package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.TumourFacts;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.persistence.AnatomicSiteConverter;
import org.cutis.staging.DiagnosisKind;

/**
 * A primary cancer of one lesion and the evidence it owns: every signed report of its specimens
 * (biopsy, re-excision, metastasis, recurrence) with their typed facts, and the clinician's own
 * findings. Later evidence adds and never replaces: the diagnosis date stays the first histological
 * diagnosis, the stage is computed from all of it combined ({@link CombinedFacts}).
 */
@Entity
@Table(name = "cancer_diagnosis")
public class CancerDiagnosis {
	@Id
	private UUID id;
	private UUID patientId;
	private UUID lesionId;
	private String lesionLabel;
	@Enumerated(EnumType.STRING)
	private DiagnosisKind kind;
	@Enumerated(EnumType.STRING)
	private Diagnosis diagnosis;
	@Convert(converter = AnatomicSiteConverter.class)
	private AnatomicSite site;
	@Enumerated(EnumType.STRING)
	private Laterality laterality;
	private BigDecimal clinicalDiameterMm;
	private LocalDate diagnosisDate;
	private String histologicSubtype;
	private String borders;
	private boolean recurrent;
	private boolean priorRadiotherapy;
	private boolean immunosuppressed;
	private Instant clinicalFindingsAt;
	private String clinicalFindingsBy;
	private boolean discordant;
	private Instant recordedAt;
	private String recordedBy;
	private Instant amendedAt;
	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "cancerId", insertable = false, updatable = false)
	@OrderBy("recordedAt")
	private List<Evidence> evidence = new ArrayList<>();
	@Version
	private long version;

	protected CancerDiagnosis() {
	}

	/** The lesion the primary arose in, as the first report described it. */
	public record Primary(UUID patientId, UUID lesionId, String lesionLabel, AnatomicSite site, Laterality laterality,
			BigDecimal clinicalDiameterMm) {
	}

	public CancerDiagnosis(Primary primary, Evidence.Source source, TumourFacts facts, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.patientId = primary.patientId();
		this.lesionId = primary.lesionId();
		this.lesionLabel = primary.lesionLabel();
		this.site = primary.site();
		this.laterality = primary.laterality();
		this.clinicalDiameterMm = primary.clinicalDiameterMm();
		this.recordedAt = now;
		this.recordedBy = by;
		this.evidence.add(new Evidence(id, source, facts, now));
		settle();
	}

	/**
	 * Adds a report's facts. The same report and version twice changes nothing (a redelivered
	 * event); a later version of a report (a structured addendum) supersedes the earlier one and
	 * keeps its signing date. Returns what changed, empty when nothing did.
	 */
	public List<String> add(Evidence.Source source, TumourFacts facts, Instant now) {
		if (has(source.reportId(), source.findingsVersion())) {
			return List.of();
		}
		List<String> changes = new ArrayList<>();
		Optional<Evidence> earlier = activeOf(source.reportId());
		Evidence.Source dated = earlier
			.map(e -> new Evidence.Source(source.reportId(), source.specimenId(), source.findingsVersion(),
					source.accession(), e.signedOn()))
			.orElse(source);
		if (earlier.isPresent()) {
			changes.addAll(facts.changesFrom(earlier.get().facts(id)).stream()
				.map(c -> (source.accession() == null ? "report" : source.accession()) + " " + c)
				.toList());
			earlier.get().supersede(now);
		}
		else {
			changes.add("new specimen " + (source.accession() == null ? "" : source.accession() + " ") + "("
					+ facts.role().code() + ", " + facts.diagnosis().code() + ")");
		}
		evidence.add(new Evidence(id, dated, facts, now));
		settle();
		amendedAt = now;
		return changes;
	}

	/** The clinician's findings; returns what changed. */
	public List<String> record(ClinicalFindings findings, String by, Instant now) {
		Objects.requireNonNull(findings, "findings");
		ClinicalFindings before = clinicalFindings();
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(before.poorlyDefined(), findings.poorlyDefined())) {
			changes.add("borders: " + bordersCode(before.poorlyDefined()) + " → " + bordersCode(findings.poorlyDefined()));
		}
		if (before.recurrent() != findings.recurrent()) {
			changes.add("recurrent: " + before.recurrent() + " → " + findings.recurrent());
		}
		if (before.priorRadiotherapy() != findings.priorRadiotherapy()) {
			changes.add("priorRadiotherapy: " + before.priorRadiotherapy() + " → " + findings.priorRadiotherapy());
		}
		if (before.immunosuppressed() != findings.immunosuppressed()) {
			changes.add("immunosuppressed: " + before.immunosuppressed() + " → " + findings.immunosuppressed());
		}
		if (changes.isEmpty()) {
			throw new InvalidInput("findings", "staging.clinicalFindings.unchanged");
		}
		borders = bordersCode(findings.poorlyDefined());
		borders = "-".equals(borders) ? null : borders;
		recurrent = findings.recurrent();
		priorRadiotherapy = findings.priorRadiotherapy();
		immunosuppressed = findings.immunosuppressed();
		clinicalFindingsAt = now;
		clinicalFindingsBy = by;
		return changes;
	}

	/** Returns true when the flag changed. */
	public boolean markDiscordant(boolean discordantNow) {
		boolean changed = discordant != discordantNow;
		discordant = discordantNow;
		return changed;
	}

	/**
	 * The diagnosis, its date and subtype follow the evidence: the first histological diagnosis
	 * dates the cancer; an invasive specimen makes an in-situ melanoma invasive; a structured
	 * correction of the diagnosis is followed.
	 */
	private void settle() {
		List<Evidence> primary = active().stream()
			.filter(e -> e.role().samplesPrimary() && e.behaviour().isCancer())
			.toList();
		if (!primary.isEmpty()) {
			Evidence latest = primary.get(primary.size() - 1);
			Diagnosis chosen = latest.diagnosis();
			if (chosen.isMelanomaPrimary()) {
				chosen = primary.stream().anyMatch(e -> e.diagnosis() == Diagnosis.MELANOMA) ? Diagnosis.MELANOMA
						: Diagnosis.MELANOMA_IN_SITU;
			}
			diagnosis = chosen;
			kind = DiagnosisKind.of(chosen);
			histologicSubtype = primary.stream()
				.map(Evidence::histologicSubtype)
				.filter(Objects::nonNull)
				.reduce((a, b) -> b)
				.orElse(histologicSubtype);
		}
		diagnosisDate = evidence.stream()
			.filter(e -> e.behaviour().isCancer())
			.map(Evidence::signedOn)
			.min(Comparator.naturalOrder())
			.orElse(diagnosisDate);
	}

	private boolean has(UUID reportId, int version) {
		return evidence.stream().anyMatch(e -> e.reportId().equals(reportId) && e.findingsVersion() == version);
	}

	private Optional<Evidence> activeOf(UUID reportId) {
		return active().stream().filter(e -> e.reportId().equals(reportId)).findFirst();
	}

	public List<Evidence> active() {
		return evidence.stream().filter(Evidence::active).toList();
	}

	/** Every piece of evidence, superseded versions included, oldest first. */
	public List<Evidence> evidence() {
		return List.copyOf(evidence);
	}

	public CombinedFacts combined() {
		return CombinedFacts.of(evidence);
	}

	public ClinicalFindings clinicalFindings() {
		return new ClinicalFindings(borders == null ? null : borders.equals("poorly-defined"), recurrent,
				priorRadiotherapy, immunosuppressed);
	}

	public StagingCalculator.Tumour tumour() {
		return new StagingCalculator.Tumour(site, clinicalDiameterMm, clinicalFindings());
	}

	/** The combined facts as other modules and the API read them. */
	public org.cutis.staging.PathologyFindings findings() {
		CombinedFacts f = combined();
		return new org.cutis.staging.PathologyFindings(lesionId, site == null ? null : site.code(),
				laterality == null ? null : laterality.code(), f.inSitu(),
				f.thickness() == null ? null : f.thickness().measuredMm(),
				f.notAssessable() == null ? null : f.notAssessable().code(), f.microstagingUncertain(), f.ulceration(),
				f.mitoticRatePerMm2(), f.microsatellites(),
				clinicalDiameterMm == null ? null : clinicalDiameterMm.movePointLeft(1).stripTrailingZeros(),
				f.depthMm(), f.differentiation() == null ? null : f.differentiation().name().toLowerCase(),
				f.perineuralInvasion(),
				f.bccSubtypes().isEmpty() ? null
						: String.join(", ", f.bccSubtypes().stream().map(s -> s.code()).toList()),
				discordant, code(diagnosis.snomed()), code(diagnosis.icd10At(site)), code(diagnosis.icdO3()));
	}

	private static String code(org.cutis.clinical.Code code) {
		return code == null ? null : code.value();
	}

	/** A melanoma in situ only: no invasive specimen. */
	public boolean inSitu() {
		return diagnosis == Diagnosis.MELANOMA_IN_SITU;
	}

	private static String bordersCode(Boolean poorlyDefined) {
		return poorlyDefined == null ? "-" : poorlyDefined ? "poorly-defined" : "well-defined";
	}

	public UUID id() { return id; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public String lesionLabel() { return lesionLabel; }
	public DiagnosisKind kind() { return kind; }
	public Diagnosis diagnosis() { return diagnosis; }
	public AnatomicSite site() { return site; }
	public Laterality laterality() { return laterality; }
	public BigDecimal clinicalDiameterMm() { return clinicalDiameterMm; }
	public LocalDate diagnosisDate() { return diagnosisDate; }
	public String histologicSubtype() { return histologicSubtype; }
	public boolean discordant() { return discordant; }
	public Instant clinicalFindingsAt() { return clinicalFindingsAt; }
	public String clinicalFindingsBy() { return clinicalFindingsBy; }
	public Instant recordedAt() { return recordedAt; }
	public String recordedBy() { return recordedBy; }
	public Instant amendedAt() { return amendedAt; }
	public long version() { return version; }
}
