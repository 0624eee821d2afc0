package org.cutis.search.query;

import java.util.List;

/**
 * The state filter: a record's state in its module's words ({@code draft}, {@code signed},
 * {@code communicated}), or {@link #UNCOMMUNICATED}, results not yet told to the patient: the
 * specimens whose closed loop has not reached {@code communicated} (the specimen carries the
 * communication step; its report's own state is only draft or signed). The specimen states are
 * the biopsy module's codes, written here because the search depends on no clinical module.
 */
final class StateFilter {
	static final String UNCOMMUNICATED = "uncommunicated";
	static final String SPECIMEN = "specimen";
	static final List<String> SPECIMEN_OPEN = List.of("ordered", "collected", "sent", "received", "grossed", "reported",
			"signed", "reviewed");

	private StateFilter() {
	}

	static boolean uncommunicated(String state) {
		return UNCOMMUNICATED.equals(state);
	}
}
