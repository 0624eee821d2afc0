package org.cutis.search.index;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indexing port: the document row is written in the caller's transaction through JPA, and
 * Hibernate Search indexes it when that transaction commits (not at all when it rolls back).
 */
@Component
class IndexedSearchDocuments implements SearchDocuments {
	@PersistenceContext
	private EntityManager entityManager;
	private final Clock clock;

	IndexedSearchDocuments(Clock clock) {
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void upsert(SearchEntry entry) {
		SearchDocument document = entityManager.find(SearchDocument.class, entry.key());
		if (document == null) {
			entityManager.persist(new SearchDocument(entry, clock.instant()));
		}
		else {
			document.update(entry, clock.instant());
		}
	}
}
