package org.cutis.skincare.adverseevent.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.InvalidInput;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.DrugEntry;

/**
 * What the adverse-event forms post, read: the term, the drug rows, the referral answered and
 * the dates. An unreadable referral or date names its field; an unknown term is no event at all
 * (the page goes back to the term picker).
 */
final class AdverseEventForm {
	/** Drug rows on the record form; more drugs are rare and can follow through the API. */
	static final int DRUG_ROWS = 3;
	/** The drug list's entry for a drug the catalogue lacks. */
	static final String OTHER = "other";

	private AdverseEventForm() {
	}

	/** The filled drug rows; "other" takes the name typed beside it, as a free entry. */
	static List<DrugEntry> drugs(Map<String, String> form) {
		List<DrugEntry> drugs = new ArrayList<>();
		for (int i = 0; i < DRUG_ROWS; i++) {
			String drug = form.get("drug" + i);
			if (drug == null || drug.isBlank()) {
				continue;
			}
			boolean other = OTHER.equals(drug);
			drugs.add(new DrugEntry(other ? form.get("drugOther" + i) : drug, form.get("attribution" + i), other));
		}
		return drugs;
	}

	static CtcaeTerm termOf(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return CtcaeTerm.valueOf(code);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	static UUID referralOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		} catch (IllegalArgumentException e) {
			throw new InvalidInput("referralId", "error.field.unreadable");
		}
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new InvalidInput(field, "error.field.unreadable");
		}
	}
}
