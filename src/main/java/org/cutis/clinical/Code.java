package org.cutis.clinical;

/**
 * One code of a diagnosis in one terminology. {@code verified} is false when the clinical
 * reference (section 9) could not confirm it against a terminology server or official list:
 * the UI shows such codes marked "unverified" and they must not be exported as fact.
 */
public record Code(String system, String value, boolean verified) {
	public static final String SNOMED = "SNOMED CT";
	public static final String ICD10 = "ICD-10";
	public static final String ICDO3 = "ICD-O-3";

	public static Code verified(String system, String value) {
		return new Code(system, value, true);
	}

	public static Code unverified(String system, String value) {
		return new Code(system, value, false);
	}
}
