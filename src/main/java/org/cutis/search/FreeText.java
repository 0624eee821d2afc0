package org.cutis.search;

import java.util.regex.Pattern;

/**
 * Words a person typed (a referral's note, a board's question, an addendum), made fit for the
 * index: a resident registration number typed into one (six digits, a hyphen or not, seven
 * digits) is never indexed, so it can neither be found nor shown in a snippet; it is replaced by
 * the mask the chart shows.
 */
public final class FreeText {
	private static final Pattern RRN = Pattern.compile("(?<!\\d)\\d{6}\\s?[-–]?\\s?[1-8]\\d{6}(?!\\d)");

	private FreeText() {
	}

	public static String indexable(String typed) {
		return typed == null ? null : RRN.matcher(typed).replaceAll("******-*******");
	}
}
