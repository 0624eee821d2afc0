package org.cutis.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The cancer special co-payment registration (산정특례, special case code V193): with it the
 * patient pays 5 % of covered costs of the cancer's care. The National Health Insurance Service
 * gives a registration number; the registration applies for five years from its date, after which
 * a patient still treated registers again.
 */
public record SpecialCopay(String number, LocalDate registeredOn) {
	public static final String CANCER_CODE = "V193";
	public static final int VALID_YEARS = 5;
	public static final SpecialCopay NONE = new SpecialCopay(null, null);
	/** The special co-payment for cancer began on 1 September 2005; no registration is older. */
	public static final LocalDate FIRST_POSSIBLE = LocalDate.of(2005, 9, 1);

	public SpecialCopay {
		number = number == null || number.isBlank() ? null : number.trim();
	}

	public boolean recorded() {
		return number != null || registeredOn != null;
	}

	/** Five years after the registration date. */
	public LocalDate expiresOn() {
		return registeredOn == null ? null : registeredOn.plusYears(VALID_YEARS);
	}

	public boolean expiredOn(LocalDate day) {
		return registeredOn != null && !expiresOn().isAfter(day);
	}

	/** Under {@code field} ("specialCopay"): number and date together, no date in the future. */
	public List<FieldProblem> problems(String field, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!recorded()) {
			return problems;
		}
		if (number == null) {
			problems.add(new FieldProblem(field + ".number", "patient.specialCopay.numberRequired"));
		}
		else if (!number.matches("[0-9A-Za-z-]{1,20}")) {
			problems.add(new FieldProblem(field + ".number", "patient.specialCopay.numberFormat"));
		}
		if (registeredOn == null) {
			problems.add(new FieldProblem(field + ".registeredOn", "patient.specialCopay.dateRequired"));
		}
		else if (registeredOn.isAfter(today)) {
			problems.add(new FieldProblem(field + ".registeredOn", "patient.specialCopay.dateFuture"));
		}
		else if (registeredOn.isBefore(FIRST_POSSIBLE)) {
			problems.add(new FieldProblem(field + ".registeredOn", "patient.specialCopay.dateTooEarly",
					FIRST_POSSIBLE.toString()));
		}
		return problems;
	}
}
