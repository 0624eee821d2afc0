package org.cutis.skincare.oncologyadvice.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the skin-care clinic advises the oncologist to do with the cancer drug. The advice, not the
 * decision: the oncologist decides and says so in the {@link Outcome}.
 */
public enum RecommendedAction {
	CONTINUE, CONTINUE_WITH_SKIN_TREATMENT, HOLD, REDUCE, DISCONTINUE;

	/** continue, continue-with-skin-treatment, ... (the API's words and the message keys'). */
	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Optional<RecommendedAction> fromCode(String code) {
		return code == null ? Optional.empty()
				: Arrays.stream(values()).filter(a -> a.code().equals(code.trim())).findFirst();
	}

	public static String allowed() {
		return Arrays.stream(values()).map(RecommendedAction::code).collect(Collectors.joining(", "));
	}
}
