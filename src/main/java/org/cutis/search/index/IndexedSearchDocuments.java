package org.cutis.search.index;

import java.time.Clock;
import java.util.UUID;

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
 * <p>
 * A voided patient hides every record of theirs, whatever module it comes from: when the
 * patient's own document is voided (or un-voided), every document with that patient is marked
 * through JPA, so Hibernate Search reindexes each; a document written later for that patient
 * takes the mark from the patient's document. The modules need to know nothing of it.
 */
@Component
class IndexedSearchDocuments implements SearchDocuments {
	static final String PATIENT = "patient";
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
			document = new SearchDocument(entry, clock.instant());
			entityManager.persist(document);
		}
		else {
			document.update(entry, clock.instant());
		}
		if (PATIENT.equals(entry.type())) {
			document.patientVoided(entry.voided());
			entityManager
				.createQuery("select d from SearchDocument d where d.patientId = :patient and d.patientVoided <> :voided",
						SearchDocument.class)
				.setParameter("patient", entry.id())
				.setParameter("voided", entry.voided())
				.getResultList()
				.forEach(d -> d.patientVoided(entry.voided()));
		}
		else if (entry.patientId() != null) {
			SearchDocument patient = entityManager.find(SearchDocument.class, patientKey(entry.patientId()));
			document.patientVoided(patient != null && patient.voided());
		}
	}

	/** The patient's own document: the patient module's entry, whose id is the patient's. */
	static String patientKey(UUID patientId) {
		return PATIENT + ":" + patientId;
	}
}
