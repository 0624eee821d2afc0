package org.cutis.search.index;

import org.springframework.stereotype.Component;

/**
 * For the page header (as {@code @searchIndexNotice}): whether to tell an administrator that the
 * search index is being rebuilt or has failed, and how far a rebuild is. The layout shows it to
 * the roles that manage accounts only.
 */
@Component("searchIndexNotice")
public class SearchIndexNotice {
	private final SearchIndexState state;

	SearchIndexNotice(SearchIndexState state) {
		this.state = state;
	}

	public boolean rebuilding() {
		return state.snapshot().status() == SearchIndexState.Status.REBUILDING;
	}

	public boolean failed() {
		return state.snapshot().status() == SearchIndexState.Status.FAILED;
	}

	public long done() {
		return state.snapshot().done();
	}

	public long total() {
		return state.snapshot().total();
	}
}
