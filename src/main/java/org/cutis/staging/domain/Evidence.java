package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.MetastasisType;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.cscc.Differentiation;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MetastaticSite;

/**
 * One signed report's tumour facts as one piece of a cancer's evidence: the typed facts pathology
 * published, stored column by column. A structured addendum adds the report's next version and
 * supersedes this one; nothing is deleted, so what the cancer was staged from stays readable.
 */
@Entity
@Table(name = "cancer_evidence")
public class Evidence {
	@Id
	private UUID id;
	private UUID cancerId;
	private UUID reportId;
	private UUID specimenId;
	private int findingsVersion;
	private String accession;
	@Enumerated(EnumType.STRING)
	private SpecimenRole role;
	@Enumerated(EnumType.STRING)
	private Diagnosis diagnosis;
	@Enumerated(EnumType.STRING)
	private Behaviour behaviour;
	private String histologicSubtype;
	private LocalDate signedOn;
	private boolean inSitu;
	private BigDecimal breslowMm;
	@Enumerated(EnumType.STRING)
	private BreslowNotAssessable breslowNotAssessable;
	private Boolean ulceration;
	@Column(name = "mitotic_rate_per_mm2")
	private BigDecimal mitoticRatePerMm2;
	private Boolean microsatellites;
	private Boolean residual;
	@Enumerated(EnumType.STRING)
	private Differentiation differentiation;
	private BigDecimal depthMm;
	private Boolean beyondSubcutaneousFat;
	private Boolean perineuralInvasion;
	private BigDecimal nerveCalibreMm;
	private String bccSubtypes;
	private Boolean peripheralMarginInvolved;
	private BigDecimal peripheralMarginMm;
	private Boolean deepMarginInvolved;
	private BigDecimal deepMarginMm;
	private boolean deepMarginTransected;
	@Enumerated(EnumType.STRING)
	private MetastasisType metastasisType;
	@Enumerated(EnumType.STRING)
	@Column(name = "metastasis_site")
	private MetastaticSite metastasisSite;
	private Instant recordedAt;
	private Instant supersededAt;

	protected Evidence() {
	}

	public Evidence(UUID cancerId, Source source, TumourFacts facts, Instant now) {
		this.id = UUID.randomUUID();
		this.cancerId = cancerId;
		this.reportId = source.reportId();
		this.specimenId = source.specimenId();
		this.findingsVersion = source.findingsVersion();
		this.accession = source.accession();
		this.signedOn = source.signedOn();
		this.role = facts.role();
		this.diagnosis = facts.diagnosis();
		this.behaviour = facts.behaviour();
		this.histologicSubtype = facts.subtype();
		TumourFacts.MelanomaPrimary m = facts.melanoma();
		if (m != null) {
			inSitu = m.inSitu();
			breslowMm = m.breslow() == null ? null : m.breslow().measuredMm();
			breslowNotAssessable = m.notAssessable();
			ulceration = m.ulceration();
			mitoticRatePerMm2 = m.mitoticRatePerMm2();
			microsatellites = m.microsatellites();
			residual = m.residual();
		}
		TumourFacts.KeratinocyteFeatures k = facts.squamous();
		if (k != null) {
			differentiation = k.differentiation();
			depthMm = k.depthMm();
			beyondSubcutaneousFat = k.beyondSubcutaneousFat();
			perineuralInvasion = k.perineuralInvasion();
			nerveCalibreMm = k.nerveCalibreMm();
			bccSubtypes = k.bccSubtypes().isEmpty() ? null
					: String.join(",", k.bccSubtypes().stream().map(BccSubtype::code).toList());
		}
		TumourFacts.Margins g = facts.margins();
		peripheralMarginInvolved = g.peripheralInvolved();
		peripheralMarginMm = g.peripheralMm();
		deepMarginInvolved = g.deepInvolved();
		deepMarginMm = g.deepMm();
		deepMarginTransected = g.deepTransected();
		if (facts.metastasis() != null) {
			metastasisType = facts.metastasis().type();
			metastasisSite = facts.metastasis().distantSite();
		}
		this.recordedAt = now;
	}

	/** Where a piece of evidence came from: which report, which version of its findings, signed when. */
	public record Source(UUID reportId, UUID specimenId, int findingsVersion, String accession, LocalDate signedOn) {
	}

	/** A later version of the same report (a structured addendum) now stands instead. */
	void supersede(Instant now) {
		if (supersededAt == null) {
			supersededAt = now;
		}
	}

	public boolean active() {
		return supersededAt == null;
	}

	/** The typed facts again, for the combination rules and the views. */
	public TumourFacts facts(UUID cancerIdOfMetastasis) {
		TumourFacts.MelanomaPrimary melanoma = diagnosis.isMelanomaPrimary()
				? new TumourFacts.MelanomaPrimary(inSitu, breslowMm == null ? null : new BreslowThickness(breslowMm),
						breslowNotAssessable, ulceration, mitoticRatePerMm2, microsatellites, residual)
				: null;
		TumourFacts.KeratinocyteFeatures squamous = differentiation != null || depthMm != null
				|| beyondSubcutaneousFat != null || perineuralInvasion != null || bccSubtypes != null
						? new TumourFacts.KeratinocyteFeatures(differentiation, depthMm, beyondSubcutaneousFat,
								perineuralInvasion, nerveCalibreMm, subtypes())
						: null;
		return new TumourFacts(diagnosis, behaviour, role, histologicSubtype, melanoma, squamous,
				new TumourFacts.Margins(peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved, deepMarginMm,
						deepMarginTransected),
				metastasisType == null ? null
						: new TumourFacts.Metastasis(metastasisType, cancerIdOfMetastasis, metastasisSite));
	}

	public List<BccSubtype> subtypes() {
		if (bccSubtypes == null) {
			return List.of();
		}
		return Arrays.stream(bccSubtypes.split(","))
			.flatMap(code -> Arrays.stream(BccSubtype.values()).filter(s -> s.code().equals(code)))
			.toList();
	}

	public UUID id() { return id; }
	public UUID cancerId() { return cancerId; }
	public UUID reportId() { return reportId; }
	public UUID specimenId() { return specimenId; }
	public int findingsVersion() { return findingsVersion; }
	public String accession() { return accession; }
	public SpecimenRole role() { return role; }
	public Diagnosis diagnosis() { return diagnosis; }
	public Behaviour behaviour() { return behaviour; }
	public String histologicSubtype() { return histologicSubtype; }
	public LocalDate signedOn() { return signedOn; }
	public boolean inSitu() { return inSitu; }
	public BigDecimal breslowMm() { return breslowMm; }
	public BreslowNotAssessable breslowNotAssessable() { return breslowNotAssessable; }
	public Boolean ulceration() { return ulceration; }
	public BigDecimal mitoticRatePerMm2() { return mitoticRatePerMm2; }
	public Boolean microsatellites() { return microsatellites; }
	public Boolean residual() { return residual; }
	public Differentiation differentiation() { return differentiation; }
	public BigDecimal depthMm() { return depthMm; }
	public Boolean beyondSubcutaneousFat() { return beyondSubcutaneousFat; }
	public Boolean perineuralInvasion() { return perineuralInvasion; }
	public BigDecimal nerveCalibreMm() { return nerveCalibreMm; }
	public Boolean deepMarginInvolved() { return deepMarginInvolved; }
	public BigDecimal deepMarginMm() { return deepMarginMm; }
	public Boolean peripheralMarginInvolved() { return peripheralMarginInvolved; }
	public BigDecimal peripheralMarginMm() { return peripheralMarginMm; }
	public boolean deepMarginTransected() { return deepMarginTransected; }
	public MetastasisType metastasisType() { return metastasisType; }
	public MetastaticSite metastasisSite() { return metastasisSite; }
	public Instant recordedAt() { return recordedAt; }
	public Instant supersededAt() { return supersededAt; }
}
