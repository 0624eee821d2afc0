package org.cutis.clinic.visit.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.LymphNodeFinding;
import org.cutis.clinic.visit.domain.VisitNote;
import org.cutis.clinic.visit.domain.VisitNoteAddenda;
import org.cutis.clinic.visit.domain.VisitNoteAddendum;
import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.StaffDirectory;
import org.cutis.search.Bilingual;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;

import org.springframework.stereotype.Component;

/**
 * Signed visit notes in the clinical search, as {@code visit-note}: the doctor's words as typed
 * (interval history, lesion changes, node details, results reviewed, plan, the signed addenda),
 * the coded findings with their labels in both languages (each lesion unchanged, changed or new;
 * each node basin palpable or not; the assessment). A draft is never indexed: it is the doctor's
 * work in progress, and the search cannot tell who may read drafts, so a note is found only once
 * signed. An addendum updates the document; the state is {@code signed}, or {@code amended} once
 * it has an addendum. The department is the clinician's.
 */
@Component
public class VisitNoteSearchDocuments implements Searchable {
	static final String TYPE = "visit-note";
	@PersistenceContext
	private EntityManager entityManager;
	private final SearchDocuments search;
	private final Bilingual labels;
	private final VisitNoteAddenda addenda;
	private final StaffDirectory staff;

	VisitNoteSearchDocuments(SearchDocuments search, Bilingual labels, VisitNoteAddenda addenda, StaffDirectory staff) {
		this.search = search;
		this.labels = labels;
		this.addenda = addenda;
		this.staff = staff;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		Map<String, String> departments = new HashMap<>();
		entityManager.createQuery("select n from VisitNote n where n.status = 'signed'", VisitNote.class)
			.getResultStream()
			.forEach(n -> {
				sink.accept(entry(n, departments));
				// the whole context, not only this record: what its entry read (drugs, stages, items) would
				// stay, and each later query's auto-flush checks everything held, quadratic in the records (issue 15:
				// 46,400 adverse events at 1,000,000 patients took minutes); a rebuild holds nothing else
				entityManager.clear();
			});
	}

	/** After a note is signed or amended by an addendum, in its transaction (a draft is not indexed). */
	void changed(VisitNote note) {
		if (note.isSigned()) {
			search.upsert(entry(note, new HashMap<>()));
		}
	}

	private SearchEntry entry(VisitNote n, Map<String, String> departments) {
		List<String> words = new ArrayList<>();
		words.add(labels.label("visit.assessment." + n.assessment().code()));
		words.add(n.intervalHistory());
		for (LesionReview review : n.lesionReviews()) {
			words.add(review.finding() == null ? null : labels.label("visit.finding." + review.finding().code()));
			words.add(review.change());
		}
		for (LymphNodeFinding node : n.lymphNodes()) {
			words.add(node.region() == null ? null : labels.label("visit.node." + node.region().code()));
			words.add(labels.label(node.palpable() ? "visit.nodes.palpable" : "visit.nodes.notPalpable"));
			words.add(node.detail());
		}
		words.add(n.resultsReviewed());
		words.add(n.plan());
		List<VisitNoteAddendum> added = addenda.findByVisitNoteIdOrderBySignedAtAsc(n.id());
		added.forEach(a -> words.add(a.text()));
		String text = Bilingual.words(words.toArray(String[]::new));
		return new SearchEntry(TYPE, n.id(), n.patientId(), n.visitDate().toString(), null, text, List.of(),
				n.visitDate(), department(n.clinician(), departments), added.isEmpty() ? "signed" : "amended",
				Permission.VISIT_NOTE_READ, "/appointments/" + n.appointmentId() + "/visit-note", false);
	}

	/** The clinician's department (the first of theirs), dermatology when they have none. */
	private String department(String username, Map<String, String> known) {
		return known.computeIfAbsent(username == null ? "" : username, u -> staff.find(u)
			.flatMap(m -> m.departments().stream().min(Comparator.naturalOrder()))
			.map(Department::name)
			.orElse(Department.DERMATOLOGY.name()));
	}
}
