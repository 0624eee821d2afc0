package org.cutis.rules.melanoma;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TnmCodes;

/**
 * An AJCC 8th melanoma M category with its LDH suffix, e.g. M1b(0). The suffix is written
 * only for M1 with a known LDH; M0 never carries one.
 */
public record MelanomaM(MCategory category, LdhLevel ldh) {

	private static final Pattern CODE = Pattern.compile("(?i)M(0|1|1[a-d])(?:\\(([01])\\))?");

	public MelanomaM {
		Objects.requireNonNull(category, "category");
		ldh = category == MCategory.M0 || ldh == null ? LdhLevel.UNKNOWN : ldh;
	}

	public static final MelanomaM M0 = new MelanomaM(MCategory.M0, LdhLevel.UNKNOWN);

	public String code() {
		return category.code() + ldh.suffix();
	}

	/**
	 * Reads "M0", "M1c", "M1d(1)" or a bare "M1" (distant disease of unrecorded site, still
	 * stage IV); a bare M1 is kept as M1a-level for ordering only and must not be reported as M1a.
	 */
	public static MelanomaM parse(String code, String field) {
		Matcher m = code == null ? null : CODE.matcher(TnmCodes.normalise(code));
		if (m == null || !m.matches() || ("0".equals(m.group(1)) && m.group(2) != null)) {
			throw new InvalidInputException(field, "rules.invalid.melanoma.mCategory", field, code,
					Explanation.anyOf(List.of("M0", "M1a", "M1b", "M1c", "M1d")));
		}
		String level = m.group(1).toLowerCase();
		MCategory category = switch (level) {
			case "0" -> MCategory.M0;
			case "1", "1a" -> MCategory.M1A;
			case "1b" -> MCategory.M1B;
			case "1c" -> MCategory.M1C;
			default -> MCategory.M1D;
		};
		LdhLevel ldh = m.group(2) == null ? LdhLevel.UNKNOWN : "1".equals(m.group(2)) ? LdhLevel.ELEVATED : LdhLevel.NORMAL;
		return new MelanomaM(category, ldh);
	}

	@Override
	public String toString() {
		return code();
	}
}
