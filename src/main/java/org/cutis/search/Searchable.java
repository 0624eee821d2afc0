package org.cutis.search;

import java.util.function.Consumer;

/**
 * A module whose records can be searched: it hands every current document (voided ones too,
 * marked) to the sink, for {@code ./cutis reindex} and for the first start after an upgrade. The
 * same module calls {@link SearchDocuments} when a record changes; both must build the entry the
 * same way (one method in the module does).
 */
public interface Searchable {

	/** The types this module contributes ({@code specimen}), for the progress line and the filter. */
	java.util.Set<String> types();

	/** Streams all documents; called inside a read-only transaction. */
	void documents(Consumer<SearchEntry> sink);
}
