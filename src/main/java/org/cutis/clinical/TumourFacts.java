package org.cutis.clinical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.cscc.Differentiation;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MetastaticSite;

/**
 * The tumour facts of one signed pathology report (or of the structured addendum that corrected
 * it), typed, as pathology publishes them: staging combines them over every specimen of a
 * cancer, the tumor board and FHIR read them. A null value is "not recorded", never "absent".
 *
 * @param diagnosis  the coded diagnosis
 * @param behaviour  the diagnosis's behaviour (for {@code other}, as the pathologist stated it)
 * @param role       what the specimen was taken for
 * @param subtype    histological subtype as written
 * @param melanoma   microstaging of a melanoma primary, null for other tumours
 * @param squamous   cSCC and BCC features, null for melanoma
 * @param margins    the specimen's margins
 * @param metastasis the metastasis a melanoma-metastasis report describes, null otherwise
 */
public record TumourFacts(Diagnosis diagnosis, Behaviour behaviour, SpecimenRole role, String subtype,
		MelanomaPrimary melanoma, KeratinocyteFeatures squamous, Margins margins, Metastasis metastasis) {

	public TumourFacts {
		Objects.requireNonNull(diagnosis, "diagnosis");
		Objects.requireNonNull(behaviour, "behaviour");
		Objects.requireNonNull(role, "role");
		margins = margins == null ? Margins.NOT_RECORDED : margins;
	}

	/**
	 * Melanoma microstaging (AJCC 8th T and the features that may change N or the SLNB advice).
	 *
	 * @param inSitu            melanoma in situ
	 * @param breslow           thickness as measured, null when not measured
	 * @param notAssessable     why the thickness could not be measured (TX), null when it was
	 * @param ulceration        histological ulceration, null when not recorded
	 * @param mitoticRatePerMm2 mitoses per mm², prognostic only (not a T criterion in the 8th edition)
	 * @param microsatellites   microsatellites in this specimen (ITM: N1c at least)
	 * @param residual          a re-excision found residual melanoma (in situ or invasive)
	 */
	public record MelanomaPrimary(boolean inSitu, BreslowThickness breslow, BreslowNotAssessable notAssessable,
			Boolean ulceration, BigDecimal mitoticRatePerMm2, Boolean microsatellites, Boolean residual) {
		public MelanomaPrimary {
			if (inSitu && breslow != null) {
				throw new IllegalArgumentException("a melanoma in situ has no Breslow thickness");
			}
		}

		/** An invasive tumour whose thickness is known. */
		public boolean measured() {
			return !inSitu && breslow != null;
		}
	}

	/** cSCC and BCC features; depth and nerve calibre in millimetres. */
	public record KeratinocyteFeatures(Differentiation differentiation, BigDecimal depthMm,
			Boolean beyondSubcutaneousFat, Boolean perineuralInvasion, BigDecimal nerveCalibreMm,
			List<BccSubtype> bccSubtypes) {
		public KeratinocyteFeatures {
			bccSubtypes = bccSubtypes == null ? List.of() : List.copyOf(bccSubtypes);
		}
	}

	/**
	 * Margins in millimetres; involved margins have no clearance.
	 *
	 * @param deepTransected the base of the specimen is transected through tumour: microstaging is a minimum
	 */
	public record Margins(Boolean peripheralInvolved, BigDecimal peripheralMm, Boolean deepInvolved,
			BigDecimal deepMm, boolean deepTransected) {
		public static final Margins NOT_RECORDED = new Margins(null, null, null, null, false);
	}

	/**
	 * A melanoma metastasis and the primary it belongs to.
	 *
	 * @param type        in-transit, satellite, nodal or distant
	 * @param cancerId    the primary's cancer diagnosis
	 * @param distantSite for a distant metastasis, its M site (skin when the biopsy was of a skin lesion)
	 */
	public record Metastasis(MetastasisType type, UUID cancerId, MetastaticSite distantSite) {
		public Metastasis {
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(cancerId, "cancerId");
		}
	}

	/** Opens a cancer or adds to one: malignant or in situ. */
	public boolean opensCancer() {
		return behaviour.isCancer();
	}

	/** What differs between two versions of the facts, as "field: before → after" lines (English, for the record). */
	public List<String> changesFrom(TumourFacts before) {
		List<String> changes = new ArrayList<>();
		if (before == null) {
			return changes;
		}
		change(changes, "diagnosis", before.diagnosis.code(), diagnosis.code());
		change(changes, "behaviour", before.behaviour.code(), behaviour.code());
		MelanomaPrimary a = before.melanoma;
		MelanomaPrimary b = melanoma;
		change(changes, "breslowMm", a == null || a.breslow() == null ? null : a.breslow().measuredMm(),
				b == null || b.breslow() == null ? null : b.breslow().measuredMm());
		change(changes, "breslowNotAssessable", a == null ? null : a.notAssessable(), b == null ? null : b.notAssessable());
		change(changes, "ulceration", a == null ? null : a.ulceration(), b == null ? null : b.ulceration());
		change(changes, "microsatellites", a == null ? null : a.microsatellites(), b == null ? null : b.microsatellites());
		change(changes, "mitoticRatePerMm2", a == null ? null : a.mitoticRatePerMm2(),
				b == null ? null : b.mitoticRatePerMm2());
		KeratinocyteFeatures x = before.squamous;
		KeratinocyteFeatures y = squamous;
		change(changes, "differentiation", x == null ? null : x.differentiation(), y == null ? null : y.differentiation());
		change(changes, "tumourDepthMm", x == null ? null : x.depthMm(), y == null ? null : y.depthMm());
		change(changes, "beyondSubcutaneousFat", x == null ? null : x.beyondSubcutaneousFat(),
				y == null ? null : y.beyondSubcutaneousFat());
		change(changes, "perineuralInvasion", x == null ? null : x.perineuralInvasion(),
				y == null ? null : y.perineuralInvasion());
		change(changes, "nerveCalibreMm", x == null ? null : x.nerveCalibreMm(), y == null ? null : y.nerveCalibreMm());
		change(changes, "bccSubtypes", x == null ? null : x.bccSubtypes(), y == null ? null : y.bccSubtypes());
		change(changes, "deepMarginTransected", before.margins.deepTransected(), margins.deepTransected());
		change(changes, "deepMarginInvolved", before.margins.deepInvolved(), margins.deepInvolved());
		change(changes, "peripheralMarginInvolved", before.margins.peripheralInvolved(), margins.peripheralInvolved());
		Metastasis m = before.metastasis;
		change(changes, "metastasisType", m == null ? null : m.type(), metastasis == null ? null : metastasis.type());
		change(changes, "distantSite", m == null ? null : m.distantSite(),
				metastasis == null ? null : metastasis.distantSite());
		change(changes, "cancerId", m == null ? null : m.cancerId(), metastasis == null ? null : metastasis.cancerId());
		return changes;
	}

	private static void change(List<String> changes, String field, Object before, Object after) {
		boolean same = before instanceof BigDecimal x && after instanceof BigDecimal y ? x.compareTo(y) == 0
				: Objects.equals(before, after);
		if (!same) {
			changes.add(field + ": " + text(before) + " → " + text(after));
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "-";
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> e) {
			return e.name().toLowerCase().replace('_', '-');
		}
		return value.toString();
	}
}
