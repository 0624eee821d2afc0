package org.cutis.search.query;

import java.util.List;

/**
 * A page of results. {@code next} continues the search (null on the last page);
 * {@code fromDatabase} says the index could not answer and identifiers and name beginnings were
 * looked up in the database instead (an administrator is told).
 */
public record SearchResults(List<SearchHit> items, String next, boolean fromDatabase) {
	public static SearchResults none() {
		return new SearchResults(List.of(), null, false);
	}
}
