/**
 * Clinical search (전체 검색): one box that finds a patient, a specimen, a report, a lesion, a
 * word in a note, within what the user's role may see. Modules tell the search what changed
 * through {@link org.cutis.search.SearchDocuments} (in their own transaction) and give all their
 * current documents for a rebuild through {@link org.cutis.search.Searchable}; they never see
 * Hibernate Search or Lucene, which live inside this module. Depends on identity, audit and shared
 * only, so every module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search: the clinical record, Korean and English",
		allowedDependencies = { "identity", "audit" })
package org.cutis.search;
