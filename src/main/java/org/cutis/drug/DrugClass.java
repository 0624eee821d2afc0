package org.cutis.drug;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The drug classes whose skin toxicities differ. The codes are the vocabulary of the rules
 * {@code oncoderm.advice} and {@code oncoderm.prophylaxis} ({@code drugClass}).
 */
public enum DrugClass {
	EGFR_INHIBITOR, IMMUNE_CHECKPOINT_INHIBITOR, BRAF_MEK_INHIBITOR, MULTIKINASE_INHIBITOR, FLUOROPYRIMIDINE, TAXANE,
	ANTHRACYCLINE, HEDGEHOG_INHIBITOR, OTHER;

	/** egfr-inhibitor, immune-checkpoint-inhibitor, ... */
	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Optional<DrugClass> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
	}

	/** For error messages naming the allowed values. */
	public static String allowed() {
		return Arrays.stream(values()).map(DrugClass::code).collect(Collectors.joining(", "));
	}
}
