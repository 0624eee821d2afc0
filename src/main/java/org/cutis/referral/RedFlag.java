package org.cutis.referral;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.cutis.shared.InvalidInput;

/**
 * The signs that a skin reaction to a cancer drug may be a severe cutaneous adverse reaction
 * (SJS/TEN, DRESS) rather than an ordinary rash. Asked at intake and again at the visit (the
 * skin-care clinic reuses this type); any one of them makes a referral urgent and shows the
 * SCAR warning to the nurse and the dermatologist.
 */
public enum RedFlag {
	MUCOSAL_INVOLVEMENT, SKIN_DETACHMENT, FEVER, FACIAL_OEDEMA, DISPROPORTIONATE_PAIN,
	EOSINOPHILIA_OR_ORGAN_INVOLVEMENT;

	/** mucosal-involvement, skin-detachment, ... (the API's vocabulary). */
	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static RedFlag fromCode(String code) {
		if (code == null) {
			return null;
		}
		String trimmed = code.trim();
		return Arrays.stream(values())
			.filter(f -> f.code().equals(trimmed) || f.name().equals(trimmed))
			.findFirst()
			.orElse(null);
	}

	/** For error messages naming the allowed values. */
	public static String allowed() {
		return Arrays.stream(values()).map(RedFlag::code).collect(Collectors.joining(", "));
	}

	/**
	 * The flags of these codes; an unknown code is a field error on {@code field} naming the value
	 * sent and the allowed ones, so a typo never silently drops a warning sign.
	 */
	public static Set<RedFlag> parse(Collection<String> codes, String field) {
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		if (codes == null) {
			return flags;
		}
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			RedFlag flag = fromCode(code);
			if (flag == null) {
				throw new InvalidInput(field, "referral.redFlag.unknown", code.strip(), allowed());
			}
			flags.add(flag);
		}
		return flags;
	}
}
