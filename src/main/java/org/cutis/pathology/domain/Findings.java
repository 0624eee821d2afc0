package org.cutis.pathology.domain;

import org.cutis.pathology.Synoptic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MelanomaPrimaryFindings;
import org.cutis.rules.melanoma.MelanomaT;
import org.cutis.rules.melanoma.MelanomaTCategoryPolicy;
import org.cutis.rules.melanoma.MetastaticSite;

/**
 * One version of a report's structured findings: the draft (version 1, saved again until signed)
 * or the corrected findings a structured addendum signed. Never changed once its report is signed;
 * pT is computed by the rules when the version is written.
 */
@Entity
@Table(name = "pathology_findings")
public class Findings {
	private static final MelanomaTCategoryPolicy T_POLICY = new MelanomaTCategoryPolicy();

	@Id
	private UUID id;
	private UUID reportId;
	private int number;
	private UUID addendumId;
	@Enumerated(EnumType.STRING)
	private Diagnosis diagnosis;
	@Enumerated(EnumType.STRING)
	private Behaviour statedBehaviour;
	private String diagnosisText;
	private String microscopy;
	private String histologicSubtype;
	private BigDecimal breslowMm;
	@Enumerated(EnumType.STRING)
	private BreslowNotAssessable breslowNotAssessable;
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
	private boolean deepMarginTransected;
	@Enumerated(EnumType.STRING)
	private MetastasisType metastasisType;
	private UUID metastasisCancerId;
	@Enumerated(EnumType.STRING)
	@Column(name = "metastasis_site")
	private MetastaticSite distantSite;
	private String ptCategory;
	private String ptRuleSet;
	private String ptExplanation;
	private Instant recordedAt;
	private String recordedBy;

	protected Findings() {
	}

	Findings(UUID reportId, int number, UUID addendumId, Synoptic synoptic, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.reportId = reportId;
		this.number = number;
		this.addendumId = addendumId;
		take(synoptic, by, now);
	}

	/** Only the draft version is ever written twice; the report guards that. */
	void take(Synoptic s, String by, Instant now) {
		s.validate();
		diagnosis = s.diagnosis();
		statedBehaviour = s.statedBehaviour();
		diagnosisText = trim(s.diagnosisText());
		microscopy = trim(s.microscopy());
		histologicSubtype = trim(s.histologicSubtype());
		Synoptic.Melanoma m = s.melanoma();
		breslowMm = m.breslowMm();
		breslowNotAssessable = m.breslowNotAssessable();
		ulceration = m.ulceration();
		mitoticRatePerMm2 = m.mitoticRatePerMm2();
		microsatellites = m.microsatellites();
		lymphovascularInvasion = m.lymphovascularInvasion();
		neurotropism = m.neurotropism();
		regression = m.regression();
		tils = trim(m.tils());
		clarkLevel = trim(m.clarkLevel());
		Synoptic.Squamous q = s.squamous();
		differentiation = trim(q.differentiation());
		tumourDepthMm = q.tumourDepthMm();
		beyondSubcutaneousFat = q.beyondSubcutaneousFat();
		perineuralInvasion = q.perineuralInvasion();
		nerveCalibreMm = q.nerveCalibreMm();
		bccSubtypes = trim(q.bccSubtypes());
		Synoptic.Margins g = s.margins();
		peripheralMarginInvolved = g.peripheralInvolved();
		peripheralMarginMm = g.peripheralMm();
		deepMarginInvolved = g.deepInvolved();
		deepMarginMm = g.deepMm();
		deepMarginTransected = Boolean.TRUE.equals(g.deepTransected());
		metastasisType = s.metastasis().type();
		metastasisCancerId = s.metastasis().cancerId();
		distantSite = s.metastasis().distantSite();
		computePt();
		recordedAt = now;
		recordedBy = by;
	}

	/**
	 * pT by the rules (AJCC 8th) for a melanoma primary; a thickness that could not be measured is
	 * TX with the reason; a transected base makes the measured thickness a minimum, said plainly.
	 */
	private void computePt() {
		ptCategory = null;
		ptRuleSet = null;
		ptExplanation = null;
		MelanomaPrimaryFindings primary = switch (diagnosis) {
			case MELANOMA -> new MelanomaPrimaryFindings(true, false,
					breslowMm == null ? null : new BreslowThickness(breslowMm), Boolean.TRUE.equals(ulceration));
			case MELANOMA_IN_SITU -> new MelanomaPrimaryFindings(true, true, null, false);
			default -> null;
		};
		if (primary == null) {
			return;
		}
		Finding<MelanomaT> t = T_POLICY.classify(primary);
		List<Explanation> why = new ArrayList<>(t.why());
		if (breslowNotAssessable != null) {
			why.add(Explanation.of("pathology.why.notMeasured",
					Explanation.of("pathology.notAssessable." + breslowNotAssessable.code())));
		}
		if (deepMarginTransected && breslowMm != null) {
			why.add(Explanation.of("pathology.why.transected", plain(breslowMm)));
		}
		ptCategory = "p" + t.value().code();
		ptRuleSet = t.ruleSet().id();
		// message codes, one encoded line each, so the page and the PDF read in the reader's language
		ptExplanation = Explanation.encode(why);
	}

	public Synoptic synoptic() {
		return new Synoptic(diagnosis, statedBehaviour, diagnosisText, microscopy, histologicSubtype,
				new Synoptic.Melanoma(breslowMm, breslowNotAssessable, ulceration, mitoticRatePerMm2, microsatellites,
						lymphovascularInvasion, neurotropism, regression, tils, clarkLevel),
				new Synoptic.Squamous(differentiation, tumourDepthMm, beyondSubcutaneousFat, perineuralInvasion,
						nerveCalibreMm, bccSubtypes),
				new Synoptic.Margins(peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved, deepMarginMm,
						deepMarginTransected),
				new Synoptic.Metastasis(metastasisType, metastasisCancerId, distantSite));
	}

	/** The typed tumour facts of this version, for staging and every later reader. */
	public TumourFacts facts(SpecimenRole role) {
		Behaviour behaviour = synoptic().behaviour();
		TumourFacts.MelanomaPrimary melanoma = null;
		if (diagnosis.isMelanomaPrimary()) {
			boolean inSitu = diagnosis == Diagnosis.MELANOMA_IN_SITU;
			melanoma = new TumourFacts.MelanomaPrimary(inSitu,
					inSitu || breslowMm == null ? null : new BreslowThickness(breslowMm), breslowNotAssessable,
					ulceration, mitoticRatePerMm2, microsatellites, role == SpecimenRole.RE_EXCISION ? Boolean.TRUE : null);
		}
		TumourFacts.KeratinocyteFeatures squamous = null;
		if (diagnosis == Diagnosis.CSCC || diagnosis == Diagnosis.BCC || diagnosis == Diagnosis.BOWEN_DISEASE) {
			squamous = new TumourFacts.KeratinocyteFeatures(PathologistWording.grade(differentiation), tumourDepthMm, beyondSubcutaneousFat,
					perineuralInvasion, nerveCalibreMm, PathologistWording.subtypes(bccSubtypes));
		}
		TumourFacts.Metastasis metastasis = metastasisType == null ? null
				: new TumourFacts.Metastasis(metastasisType, metastasisCancerId,
						metastasisType == MetastasisType.DISTANT && distantSite == null ? MetastaticSite.SKIN : distantSite);
		return new TumourFacts(diagnosis, behaviour, role, histologicSubtype, melanoma, squamous,
				new TumourFacts.Margins(peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved, deepMarginMm,
						deepMarginTransected),
				metastasis);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	public UUID id() { return id; }
	public UUID reportId() { return reportId; }
	public int number() { return number; }
	public UUID addendumId() { return addendumId; }
	public Diagnosis diagnosis() { return diagnosis; }
	public Behaviour statedBehaviour() { return statedBehaviour; }
	public String diagnosisText() { return diagnosisText; }
	public String microscopy() { return microscopy; }
	public String histologicSubtype() { return histologicSubtype; }
	public BigDecimal breslowMm() { return breslowMm; }
	public BreslowNotAssessable breslowNotAssessable() { return breslowNotAssessable; }
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
	public boolean deepMarginTransected() { return deepMarginTransected; }
	public MetastasisType metastasisType() { return metastasisType; }
	public UUID metastasisCancerId() { return metastasisCancerId; }
	public MetastaticSite distantSite() { return distantSite; }
	public String ptCategory() { return ptCategory; }
	public String ptRuleSet() { return ptRuleSet; }
	/**
	 * The pT explanation in English with its source, as the API has always given it. A row signed
	 * before explanations were codes holds that English text already.
	 */
	public String ptExplanation() {
		if (ptExplanation == null || !isCoded()) {
			return ptExplanation;
		}
		return String.join(" ", Explanation.english(ptWhy())) + " (" + MelanomaTCategoryPolicy.SOURCE + ")";
	}

	/** The pT explanation as codes; an older English text comes back as one recorded sentence. */
	public List<Explanation> ptWhy() {
		return ptExplanation == null ? List.of() : Explanation.decode(List.of(ptExplanation.split("\n")));
	}

	/** The source of a coded pT explanation (older texts name it inline), or null. */
	public String ptSource() {
		return ptExplanation != null && isCoded() ? MelanomaTCategoryPolicy.SOURCE : null;
	}

	private boolean isCoded() {
		return ptExplanation.startsWith("[\"");
	}
	public Instant recordedAt() { return recordedAt; }
	public String recordedBy() { return recordedBy; }
}
