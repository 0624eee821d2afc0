package org.cutis.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What a Korean registration desk records besides the demographics: the resident (or foreign)
 * registration number, the insurance and the cancer special co-payment registration.
 * <p>
 * On a change, a part given as null is left as it is (a client that does not know the field does
 * not wipe it), and the masked number the views show ("900101-1******") sent back means "unchanged".
 * An empty number, {@link Insurance#NONE} and {@link SpecialCopay#NONE} remove what was recorded.
 */
public record RegistrationEssentials(String rrn, Insurance insurance, SpecialCopay specialCopay) {
	public static final RegistrationEssentials UNCHANGED = new RegistrationEssentials(null, null, null);

	/** The number to record: null when it is left as it is, empty when it is removed. */
	public boolean rrnUnchanged() {
		return rrn == null || Rrn.isMasked(rrn);
	}

	public boolean rrnRemoved() {
		return rrn != null && rrn.isBlank();
	}

	/** The parsed number, or null when unchanged or removed; refuses a malformed one. */
	public Rrn parsedRrn() {
		return rrnUnchanged() || rrnRemoved() ? null : Rrn.parse(rrn);
	}

	/** Every problem of these essentials for a patient with {@code details}. */
	public List<FieldProblem> problems(PatientDetails details, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!rrnUnchanged() && !rrnRemoved()) {
			try {
				problems.addAll(Rrn.parse(rrn).problemsWith(details.birthDate(), details.sex()));
			}
			catch (org.cutis.shared.InvalidInput invalid) {
				problems.addAll(invalid.problems());
			}
		}
		if (insurance != null) {
			problems.addAll(insurance.problems("insurance"));
		}
		if (specialCopay != null) {
			problems.addAll(specialCopay.problems("specialCopay", today));
		}
		return problems;
	}
}
