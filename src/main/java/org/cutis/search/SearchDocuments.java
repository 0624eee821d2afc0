package org.cutis.search;

/**
 * The indexing port: a module calls it whenever one of its records is created, changed or voided,
 * inside the transaction that changes the record, so the index follows the database exactly (a
 * change that rolls back leaves the index as it was). Voiding is an upsert with
 * {@link SearchEntry#voided()} set: the record disappears from every search. A voided
 * {@code patient} entry takes every record of that patient (of any module, also those upserted
 * later) out of the search with it; the modules do nothing for that.
 */
public interface SearchDocuments {

	void upsert(SearchEntry entry);

	/** Several at once (a patient's lesions after a merge, a rebuild's batch). */
	default void upsertAll(Iterable<SearchEntry> entries) {
		entries.forEach(this::upsert);
	}
}
