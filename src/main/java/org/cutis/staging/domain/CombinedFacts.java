package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
		boolean nerveAtLeast01mm, List<BccSubtype> bccSubtypes, List<String> explanation) {

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
		List<String> why = new ArrayList<>();
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
				why.add("T: the greatest Breslow thickness of the " + primary.size() + " specimens of the primary, "
						+ plain(thickest.breslowMm()) + " mm in " + name(thickest) + " (AJCC 8th: T from all specimens)");
			}
			if (thickest.deepMarginTransected()) {
				uncertain = true;
				why.add("Microstaging uncertain: the deep margin of " + name(thickest)
						+ " is transected, so the thickness is a minimum");
			}
			if (notAssessable != null) {
				uncertain = true;
				why.add("Microstaging uncertain: another specimen's thickness could not be assessed ("
						+ notAssessable.code() + ")");
			}
		}
		if (ulceration && primary.size() > 1) {
			why.add("Ulceration: present in at least one specimen of the primary, so the tumour counts as ulcerated");
		}
		for (Evidence e : active) {
			if (e.role() == org.cutis.clinical.SpecimenRole.RE_EXCISION) {
				why.add("Re-excision " + name(e) + ": " + (Boolean.TRUE.equals(e.residual()) || e.behaviour().isCancer()
						? "residual " + e.diagnosis().code() + (e.breslowMm() == null ? "" : " " + plain(e.breslowMm()) + " mm")
						: "no residual tumour")
						+ "; margins " + margins(e) + " (adds margins and residual disease, never lowers T)");
			}
		}
		boolean itmMetastasis = false;
		int nodal = 0;
		Set<MetastaticSite> distant = new LinkedHashSet<>();
		for (Evidence e : active) {
			if (e.metastasisType() == null) {
				continue;
			}
			why.add("Metastasis " + name(e) + ": " + e.metastasisType().code()
					+ (e.metastasisSite() == null ? "" : " (" + e.metastasisSite().code() + ")"));
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
			why.add("cSCC: the greatest depth and the worst differentiation of the " + squamous.size() + " specimens");
		}
		return new CombinedFacts(!primary.isEmpty(), !primary.isEmpty() && !invasive,
				thickest == null ? null : new BreslowThickness(thickest.breslowMm()),
				thickest == null && invasive ? notAssessable : null, ulceration, mitoses, microsatellites, uncertain,
				itmMetastasis, nodal, distant, worst, depth, beyondFat, pni, nerve, List.copyOf(subtypes), why);
	}

	private static String name(Evidence e) {
		return (e.accession() == null ? "report" : e.accession()) + " (" + e.role().code() + ", " + e.signedOn() + ")";
	}

	private static String margins(Evidence e) {
		if (Boolean.TRUE.equals(e.peripheralMarginInvolved()) || Boolean.TRUE.equals(e.deepMarginInvolved())) {
			return "involved";
		}
		if (e.peripheralMarginInvolved() == null && e.deepMarginInvolved() == null) {
			return "not recorded";
		}
		return "clear" + (e.peripheralMarginMm() == null ? "" : " (peripheral " + plain(e.peripheralMarginMm()) + " mm)");
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
