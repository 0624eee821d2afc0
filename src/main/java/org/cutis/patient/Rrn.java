package org.cutis.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * A resident registration number (주민등록번호) or a foreign registration number (외국인등록번호):
 * thirteen digits, YYMMDD the birth date, then a digit for century, sex and nationality (1/2 born
 * 1900-1999, 3/4 born 2000 or later, 9/0 born in the 1800s, odd male and even female; 5/6 and 7/8
 * the same for a foreigner) and six more.
 * <p>
 * The last digit used to be a check digit. Since October 2020 newly issued numbers no longer carry
 * one (the digits after the seventh are random, so that the number no longer gives away the place
 * of birth registration), so a number whose last digit does not check is still a valid number:
 * Cutis never refuses one on its checksum. {@link #checkDigitHolds()} is there for the curious.
 * <p>
 * The digits are personal data: {@link #toString()} masks them; only {@link #digits()} and
 * {@link #formatted()} give the whole number.
 */
public final class Rrn {
	public static final String FIELD = "rrn";
	private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
	private final String digits;
	private final LocalDate birthDate;

	private Rrn(String digits, LocalDate birthDate) {
		this.digits = digits;
		this.birthDate = birthDate;
	}

	/** Reads "900101-1234567" or "9001011234567" (spaces ignored); refuses what cannot be a number. */
	public static Rrn parse(String text) {
		String compact = text == null ? "" : text.replaceAll("\\s", "");
		if (compact.length() == 14 && compact.charAt(6) == '-') {
			compact = compact.substring(0, 6) + compact.substring(7);
		}
		if (!compact.matches("\\d{13}")) {
			throw new InvalidInput(FIELD, "patient.rrn.format");
		}
		int centuryDigit = compact.charAt(6) - '0';
		int year = century(centuryDigit) + Integer.parseInt(compact.substring(0, 2));
		try {
			LocalDate birth = LocalDate.of(year, Integer.parseInt(compact.substring(2, 4)),
					Integer.parseInt(compact.substring(4, 6)));
			return new Rrn(compact, birth);
		}
		catch (DateTimeException notADate) {
			throw new InvalidInput(FIELD, "patient.rrn.date");
		}
	}

	/** The value the views show and the API returns: "900101-1******". */
	public static boolean isMasked(String text) {
		return text != null && text.contains("*");
	}

	/**
	 * A number for {@code birthDate} and {@code sex} with {@code serial} (up to six digits) after the
	 * seventh digit; for synthetic data (the demonstration center, tests). Its last digit checks.
	 */
	public static Rrn of(LocalDate birthDate, Sex sex, boolean foreigner, int serial) {
		int year = birthDate.getYear();
		boolean female = sex == Sex.FEMALE;
		int digit;
		if (year >= 2000) {
			digit = female ? 4 : 3;
		}
		else if (year >= 1900) {
			digit = female ? 2 : 1;
		}
		else {
			digit = female ? 0 : 9;
		}
		if (foreigner && year >= 1900) {
			digit += 4;
		}
		String body = String.format("%02d%02d%02d%d%05d", year % 100, birthDate.getMonthValue(),
				birthDate.getDayOfMonth(), digit, Math.floorMod(serial, 100_000));
		return parse(body + checkDigit(body));
	}

	/** The birth date, century included, and sex must be those the digits say. */
	public List<FieldProblem> problemsWith(LocalDate recordedBirthDate, Sex recordedSex) {
		List<FieldProblem> problems = new ArrayList<>();
		if (recordedBirthDate != null && !recordedBirthDate.equals(birthDate)) {
			problems.add(new FieldProblem(FIELD, "patient.rrn.birthDateMismatch", birthDate.toString()));
		}
		Sex sex = sex();
		// other/unknown administrative sex: the number's legal sex is not compared
		if ((recordedSex == Sex.MALE || recordedSex == Sex.FEMALE) && recordedSex != sex) {
			problems.add(new FieldProblem(FIELD, "patient.rrn.sexMismatch"));
		}
		return problems;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public Sex sex() {
		return (digits.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** A foreign registration number (seventh digit 5 to 8). */
	public boolean foreigner() {
		int digit = digits.charAt(6) - '0';
		return digit >= 5 && digit <= 8;
	}

	/** Whether the old check digit holds: informative only (numbers issued since October 2020 have none). */
	public boolean checkDigitHolds() {
		return checkDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
	}

	public String digits() {
		return digits;
	}

	public String formatted() {
		return digits.substring(0, 6) + "-" + digits.substring(6);
	}

	/** Birth date and the seventh digit, the rest hidden: "900101-1******". */
	public String masked() {
		return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
	}

	private static int century(int digit) {
		return switch (digit) {
			case 9, 0 -> 1800;
			case 1, 2, 5, 6 -> 1900;
			default -> 2000;
		};
	}

	static int checkDigit(String twelve) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * WEIGHTS[i];
		}
		return (11 - sum % 11) % 10;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Rrn rrn && rrn.digits.equals(digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}
}
