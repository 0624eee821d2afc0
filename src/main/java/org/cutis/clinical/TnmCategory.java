package org.cutis.clinical;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A T, N or M category with the prefix that says how it was established: {@code pT2b},
 * {@code cN0}, {@code pN1a}, {@code cM0}, {@code cM1c(1)}. The rules contract writes categories
 * bare ({@code T2b}); every view of a patient's cancer writes them with their prefix, so an
 * export can never claim nodes were examined when they were only assessed clinically.
 *
 * @param prefix how the category was established
 * @param code   the bare category as the rules write it (e.g. {@code T2b}, {@code N0}, {@code M1a(0)})
 */
public record TnmCategory(TnmPrefix prefix, String code) {
	private static final Pattern BARE = Pattern.compile("(T|N|M)[0-9A-Za-z()]*");

	public TnmCategory {
		Objects.requireNonNull(prefix, "prefix");
		if (code == null || !BARE.matcher(code).matches()) {
			throw new IllegalArgumentException("not a bare TNM category: " + code);
		}
	}

	public static TnmCategory clinical(String code) {
		return new TnmCategory(TnmPrefix.C, code);
	}

	public static TnmCategory pathological(String code) {
		return new TnmCategory(TnmPrefix.P, code);
	}

	/** "pT2b" back into prefix and category; null for null. */
	public static TnmCategory parse(String written) {
		if (written == null) {
			return null;
		}
		for (TnmPrefix prefix : new TnmPrefix[] { TnmPrefix.YP, TnmPrefix.C, TnmPrefix.P, TnmPrefix.R }) {
			if (written.startsWith(prefix.code()) && written.length() > prefix.code().length()
					&& BARE.matcher(written.substring(prefix.code().length())).matches()) {
				return new TnmCategory(prefix, written.substring(prefix.code().length()));
			}
		}
		throw new IllegalArgumentException("not a prefixed TNM category: " + written);
	}

	/** The T, N or M letter. */
	public char axis() {
		return code.charAt(0);
	}

	@Override
	public String toString() {
		return prefix.code() + code;
	}
}
