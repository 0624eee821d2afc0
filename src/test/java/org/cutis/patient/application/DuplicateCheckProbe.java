package org.cutis.patient.application;

/** Opens the package-private similarity rule of {@link DuplicateCheck} to tests in other packages. */
public final class DuplicateCheckProbe {
	private DuplicateCheckProbe() {
	}

	public static boolean withinOneEdit(String a, String b) {
		return DuplicateCheck.withinOneEdit(a, b);
	}
}
