package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cutis.rules.common.Explanation;
import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.MetastasisType;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.cscc.Differentiation;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MetastaticSite;

/**
 * The tumour facts of a cancer over all its specimens, combined by stated rules so that later
 * evidence adds and never silently replaces: T from the greatest Breslow thickness of any specimen
 * of the primary, the worst ulceration, mitoses and microsatellites; every involved node and every
 * distant site; for cSCC the greatest depth and the worst differentiation; for BCC every subtype.
 * A re-excision contributes margins and residual disease. Each rule applied is written into the
 * explanation, naming the specimen it came from.
 */
public record CombinedFacts(boolean melanomaPrimary, boolean inSitu, BreslowThickness thickness,
		BreslowNotAssessable notAssessable, boolean ulceration, BigDecimal mitoticRatePerMm2, boolean microsatellites,
		boolean microstagingUncertain, boolean itmMetastasis, int nodalMetastases, Set<MetastaticSite> distantSites,
		Differentiation differentiation, BigDecimal depthMm, boolean beyondSubcutaneousFat, boolean perineuralInvasion,
		boolean nerveAtLeast01mm, List<BccSubtype> bccSubtypes, List<Explanation> explanation) {

	static final BigDecimal NERVE_THRESHOLD_MM = new BigDecimal("0.1");

	public CombinedFacts {
		distantSites = Set.copyOf(distantSites);
		bccSubtypes = List.copyOf(bccSubtypes);
		explanation = List.copyOf(explanation);
	}

	/** ITM (microsatellites, satellite or in-transit metastases): N1c at least, whatever T. */
	public boolean itm() {
		return microsatellites || itmMetastasis;
	}

	public static CombinedFacts of(List<Evidence> evidence) {
		List<Explanation> why = new ArrayList<>();
		List<Evidence> active = evidence.stream().filter(Evidence::active).toList();
		List<Evidence> primary = active.stream()
			.filter(e -> e.role().samplesPrimary() && e.diagnosis().isMelanomaPrimary())
			.toList();
		Evidence thickest = primary.stream()
			.filter(e -> e.breslowMm() != null)
			.max(Comparator.comparing(Evidence::breslowMm))
			.orElse(null);
		boolean invasive = primary.stream().anyMatch(e -> !e.inSitu());
		BreslowNotAssessable notAssessable = primary.stream()
			.map(Evidence::breslowNotAssessable)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		boolean ulceration = primary.stream().anyMatch(e -> Boolean.TRUE.equals(e.ulceration()));
		BigDecimal mitoses = primary.stream()
			.map(Evidence::mitoticRatePerMm2)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		boolean microsatellites = primary.stream().anyMatch(e -> Boolean.TRUE.equals(e.microsatellites()));
		boolean uncertain = false;
		if (thickest != null) {
			if (primary.size() > 1) {
				why.add(Explanation.of("staging.why.greatestThickness", primary.size(), plain(thickest.breslowMm()), name(thickest)));
			}
			if (thickest.deepMarginTransected()) {
				uncertain = true;
				why.add(Explanation.of("staging.why.deepMarginTransected", name(thickest)));
			}
			if (notAssessable != null) {
				uncertain = true;
				why.add(Explanation.of("staging.why.otherNotAssessable",
						Explanation.of("pathology.notAssessable." + notAssessable.code())));
			}
		}
		if (ulceration && primary.size() > 1) {
			why.add(Explanation.of("staging.why.ulcerationAnySpecimen"));
		}
		for (Evidence e : active) {
			if (e.role() == org.cutis.clinical.SpecimenRole.RE_EXCISION) {
				Explanation residual = Boolean.TRUE.equals(e.residual()) || e.behaviour().isCancer()
						? e.breslowMm() == null
								? Explanation.of("staging.why.residual", Explanation.of("lesion.impression." + e.diagnosis().code()))
								: Explanation.of("staging.why.residualMm", Explanation.of("lesion.impression." + e.diagnosis().code()),
										plain(e.breslowMm()))
						: Explanation.of("staging.why.noResidual");
				why.add(Explanation.of("staging.why.reExcision", name(e), residual, margins(e)));
			}
		}
		boolean itmMetastasis = false;
		int nodal = 0;
		Set<MetastaticSite> distant = new LinkedHashSet<>();
		for (Evidence e : active) {
			if (e.metastasisType() == null) {
				continue;
			}
			Explanation type = Explanation.of("pathology.metastasisType." + e.metastasisType().code());
			why.add(e.metastasisSite() == null ? Explanation.of("staging.why.metastasis", name(e), type)
					: Explanation.of("staging.why.metastasisAt", name(e), type,
							Explanation.of("staging.msite." + e.metastasisSite().code())));
			if (e.metastasisType().isItm()) {
				itmMetastasis = true;
			}
			else if (e.metastasisType() == MetastasisType.NODAL) {
				nodal++;
			}
			else {
				distant.add(e.metastasisSite() == null ? MetastaticSite.SKIN : e.metastasisSite());
			}
		}
		List<Evidence> squamous = active.stream().filter(e -> e.role().samplesPrimary()).toList();
		Differentiation worst = squamous.stream()
			.map(Evidence::differentiation)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		BigDecimal depth = squamous.stream()
			.map(Evidence::depthMm)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		boolean beyondFat = squamous.stream().anyMatch(e -> Boolean.TRUE.equals(e.beyondSubcutaneousFat()));
		boolean pni = squamous.stream().anyMatch(e -> Boolean.TRUE.equals(e.perineuralInvasion()));
		boolean nerve = squamous.stream()
			.anyMatch(e -> e.nerveCalibreMm() != null && e.nerveCalibreMm().compareTo(NERVE_THRESHOLD_MM) >= 0);
		Set<BccSubtype> subtypes = EnumSet.noneOf(BccSubtype.class);
		squamous.forEach(e -> subtypes.addAll(e.subtypes()));
		if (squamous.size() > 1 && (worst != null || depth != null)) {
			why.add(Explanation.of("staging.why.csccWorstOf", squamous.size()));
		}
		return new CombinedFacts(!primary.isEmpty(), !primary.isEmpty() && !invasive,
				thickest == null ? null : new BreslowThickness(thickest.breslowMm()),
				thickest == null && invasive ? notAssessable : null, ulceration, mitoses, microsatellites, uncertain,
				itmMetastasis, nodal, distant, worst, depth, beyondFat, pni, nerve, List.copyOf(subtypes), why);
	}

	private static Explanation name(Evidence e) {
		Explanation role = Explanation.of("staging.role." + e.role().code());
		return e.accession() == null ? Explanation.of("staging.why.specimenNoAccession", role, e.signedOn())
				: Explanation.of("staging.why.specimen", e.accession(), role, e.signedOn());
	}

	private static Explanation margins(Evidence e) {
		if (Boolean.TRUE.equals(e.peripheralMarginInvolved()) || Boolean.TRUE.equals(e.deepMarginInvolved())) {
			return Explanation.of("staging.why.marginsInvolved");
		}
		if (e.peripheralMarginInvolved() == null && e.deepMarginInvolved() == null) {
			return Explanation.of("staging.why.marginsNotRecorded");
		}
		return e.peripheralMarginMm() == null ? Explanation.of("staging.why.marginsClear")
				: Explanation.of("staging.why.marginsClearMm", plain(e.peripheralMarginMm()));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
