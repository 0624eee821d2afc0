package org.cutis.patient;

import org.cutis.shared.InvalidInput;

/**
 * Medical record number: a running number of seven digits followed by a Luhn check digit, so
 * that a mistyped digit or two swapped neighbours is caught at the keyboard.
 */
public record Mrn(String value) {
	public Mrn {
		if (value == null || !value.matches("\\d{8}")) {
			throw new InvalidInput("mrn", "patient.mrn.format");
		}
		if (checkDigit(value.substring(0, 7)) != value.charAt(7) - '0') {
			throw new InvalidInput("mrn", "patient.mrn.checkDigit");
		}
	}

	public static Mrn fromSequence(long sequence) {
		String body = String.format("%07d", sequence);
		if (body.length() != 7) {
			throw new IllegalStateException("MRN sequence exhausted: " + sequence);
		}
		return new Mrn(body + checkDigit(body));
	}

	public static boolean looksLikeMrn(String text) {
		return text != null && text.matches("\\d{8}");
	}

	/** Luhn (mod 10): double every second digit from the right, sum the digits. */
	static int checkDigit(String body) {
		int sum = 0;
		boolean doubleIt = true;
		for (int i = body.length() - 1; i >= 0; i--) {
			int digit = body.charAt(i) - '0';
			if (doubleIt) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubleIt = !doubleIt;
		}
		return (10 - sum % 10) % 10;
	}

	@Override
	public String toString() {
		return value;
	}
}
