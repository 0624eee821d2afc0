package org.cutis.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cutis.identity.Permission;

/**
 * What a module tells the search about one of its records: enough to find it, to show it in a
 * result line and to decide who may see it. The search keeps no other copy of the record.
 *
 * @param type the kind of record as the API names it ({@code patient}, {@code specimen},
 * {@code lesion}, {@code report}, ...; lower-case letters and hyphens)
 * @param id the record's id (its module's primary key)
 * @param patientId whose record it is; null only for a record that belongs to no patient
 * @param title the result line (a patient's name and MRN, an accession and its site)
 * @param names people's names, in Hangul and Latin letters: found by any two-syllable part and
 * by their beginning
 * @param text the words of the record in Korean and English (coded values with their labels in
 * both languages, free text as typed)
 * @param codes identifiers matched exactly and only exactly: MRN, accession number, birth date,
 * phone digits, a lesion's label
 * @param date the record's date, for the date filter (registration, ordering, sign-out)
 * @param department the department responsible, for the department filter; may be null
 * @param state the record's state in its module's vocabulary, for the state filter (e.g.
 * {@code signed}, {@code communicated}); may be null
 * @param permission what a user's role needs to see this record at all (a patient account sees
 * its own records only, and only with this permission)
 * @param link the path of the page that opens the record
 * @param voided a record voided in error: never shown, kept so the index says why it is gone
 */
public record SearchEntry(String type, UUID id, UUID patientId, String title, String names, String text,
		List<String> codes, LocalDate date, String department, String state, Permission permission, String link,
		boolean voided) {

	public SearchEntry {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(permission, "permission");
		Objects.requireNonNull(link, "link");
		if (!type.matches("[a-z][a-z-]{0,29}")) {
			throw new IllegalArgumentException("a search type is lower-case letters and hyphens: " + type);
		}
		codes = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).toList();
	}

	/** The key of the document: one per record of a type. */
	public String key() {
		return type + ":" + id;
	}
}
