package org.cutis.rules.ctcae;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cutis.rules.common.BodySurfaceArea;
import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;

/**
 * Clinical findings that CTCAE v5.0 dermatology grades refer to. Null means "not recorded";
 * booleans default to false. One record serves every term: each term reads only its criteria.
 */
public record CtcaeFindings(BodySurfaceArea bsa, Symptoms symptoms, boolean pain, AdlLimit adlLimit,
		boolean psychosocialImpact, Treatment treatment, Superinfection superinfection, Extent extent,
		BigDecimal hairLossPercent, boolean wigNeeded, Desquamation desquamation, boolean bleedingMinorTrauma,
		boolean mucosalErosions, boolean blistering, boolean skinSloughing, boolean lifeThreatening, boolean fatal) {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public CtcaeFindings {
		if (hairLossPercent != null && (hairLossPercent.signum() < 0 || hairLossPercent.compareTo(HUNDRED) > 0)) {
			throw new InvalidInputException("hairLossPercent", "rules.invalid.between", Explanation.of("rules.invalid.what.hairLoss"), 0, 100, "%");
		}
	}

	/** No findings beyond the presence of the adverse event. */
	public static CtcaeFindings none() {
		return new CtcaeFindings(null, null, false, null, false, null, null, null, null, false, null, false, false,
				false, false, false, false);
	}

	/** Contract names of the findings that were recorded (non-null, or true). */
	public Set<String> recordedFields() {
		Set<String> recorded = new LinkedHashSet<>();
		addIf(recorded, bsa != null, "bsaPercent");
		addIf(recorded, symptoms != null, "symptoms");
		addIf(recorded, pain, "pain");
		addIf(recorded, adlLimit != null && adlLimit != AdlLimit.NONE, "adlLimit");
		addIf(recorded, psychosocialImpact, "psychosocialImpact");
		addIf(recorded, treatment != null && treatment != Treatment.NONE, "treatment");
		addIf(recorded, superinfection != null && superinfection != Superinfection.NONE, "superinfection");
		addIf(recorded, extent != null, "extent");
		addIf(recorded, hairLossPercent != null, "hairLossPercent");
		addIf(recorded, wigNeeded, "wigNeeded");
		addIf(recorded, desquamation != null && desquamation != Desquamation.NONE, "desquamation");
		addIf(recorded, bleedingMinorTrauma, "bleedingMinorTrauma");
		addIf(recorded, mucosalErosions, "mucosalErosions");
		addIf(recorded, blistering, "blistering");
		addIf(recorded, skinSloughing, "skinSloughing");
		return recorded;
	}

	private static void addIf(Set<String> set, boolean condition, String field) {
		if (condition) {
			set.add(field);
		}
	}

	public boolean symptomatic() {
		return symptoms != null && symptoms != Symptoms.NONE;
	}

	public boolean moderateOrSevereSymptoms() {
		return symptoms == Symptoms.MODERATE || symptoms == Symptoms.SEVERE;
	}

	public enum Symptoms implements Coded {
		NONE, MILD, MODERATE, SEVERE;
	}

	/** Instrumental ADL: shopping, meals, phone, money. Self-care ADL: bathing, dressing, feeding, toileting, medications. */
	public enum AdlLimit implements Coded {
		NONE, INSTRUMENTAL, SELF_CARE;
	}

	public enum Treatment implements Coded {
		NONE, TOPICAL, ORAL, SYSTEMIC_IMMUNOSUPPRESSIVE, IV_ANTIBIOTICS, OPERATIVE;
	}

	public enum Superinfection implements Coded {
		NONE, LOCAL_ORAL_ANTIBIOTICS, EXTENSIVE_IV_ANTIBIOTICS;
	}

	public enum Extent implements Coded {
		LOCALIZED, WIDESPREAD_INTERMITTENT, WIDESPREAD_CONSTANT;
	}

	public enum Desquamation implements Coded {
		NONE, DRY, MOIST_FOLDS, MOIST_BEYOND_FOLDS;
	}
}
