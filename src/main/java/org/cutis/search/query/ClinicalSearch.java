package org.cutis.search.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.audit.AuditLog;
import org.cutis.identity.Access;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Permission;
import org.cutis.search.index.SearchDocument;
import org.cutis.search.index.SearchIndexState;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header search and {@code GET /api/v1/search}: the query is built from predicates, never
 * parsed, so nothing typed is syntax. Results are only documents whose permission the user's role
 * holds, never voided ones, for a patient account only its own; ranked, highlighted, and every
 * patient a page shows is audited with the query. When the index cannot answer, identifiers and
 * name beginnings are looked up in the database ({@link DatabaseLookup}).
 */
@Service
public class ClinicalSearch {
	public static final int PAGE_SIZE = 20;
	private static final Logger log = LoggerFactory.getLogger(ClinicalSearch.class);

	@PersistenceContext
	private EntityManager entityManager;
	private final ClinicalSynonyms synonyms = ClinicalSynonyms.load();
	private final SearchPredicates predicates = new SearchPredicates(synonyms);
	private final DatabaseLookup database;
	private final SearchIndexState state;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	ClinicalSearch(DatabaseLookup database, SearchIndexState state, AuditLog audit, CurrentUser currentUser,
			Clock clock) {
		this.database = database;
		this.state = state;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional
	public SearchResults search(SearchQuery query) {
		if (query.isEmpty()) {
			return SearchResults.none();
		}
		Visibility visibility = visibility();
		SearchResults results;
		if (state.worthTrying()) {
			try {
				results = fromIndex(query, visibility);
				state.answered();
			}
			catch (RuntimeException e) {
				log.warn("The search index failed; looking up in the database instead", e);
				state.failed(e);
				results = database.lookup(query, visibility, PAGE_SIZE);
			}
		}
		else {
			results = database.lookup(query, visibility, PAGE_SIZE);
		}
		audited(query, results);
		return results;
	}

	/**
	 * The result line of each patient whose records a page shows without the patient's own line
	 * (an accession number finds the specimen, not the patient), for the group's heading: only
	 * patients the user may see, never a voided one.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, SearchHit> patientLines(Collection<UUID> patients) {
		Visibility visibility = visibility();
		Map<UUID, SearchHit> lines = new HashMap<>();
		if (patients.isEmpty() || !visibility.permissions().contains(Permission.PATIENT_READ.name())) {
			return lines;
		}
		for (UUID patient : patients) {
			if (visibility.patientAccount() && !patient.equals(visibility.ownPatient())) {
				continue;
			}
			SearchDocument d = entityManager.find(SearchDocument.class, "patient:" + patient);
			if (d != null && !d.voided() && !d.patientVoided()) {
				lines.put(patient, new SearchHit(d.type(), d.recordId(), d.patientId(), d.title(), "", d.link(),
						Snippets.mark(d.title(), Snippets.Terms.NONE)));
			}
		}
		return lines;
	}

	/** What the current user may see: the permissions of their role, a patient account its own records. */
	Visibility visibility() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		List<String> permissions = new ArrayList<>();
		for (Permission p : Permission.values()) {
			if (Access.allows(authentication, p)) {
				permissions.add(p.name());
			}
		}
		UUID ownPatient = null;
		boolean patient = currentUser.isPatient();
		if (patient) {
			ownPatient = currentUser.principal().map(CutisPrincipal::patientId).orElse(null);
		}
		return new Visibility(permissions, patient, ownPatient);
	}

	record Visibility(List<String> permissions, boolean patientAccount, UUID ownPatient) {
		boolean seesNothing() {
			return permissions.isEmpty() || (patientAccount && ownPatient == null);
		}

		/** Every permission the role does not hold: what a document needing one of them may not be shown for. */
		List<String> lacking() {
			List<String> lacking = new ArrayList<>();
			for (Permission p : Permission.values()) {
				if (!permissions.contains(p.name())) {
					lacking.add(p.name());
				}
			}
			return lacking;
		}
	}

	private SearchResults fromIndex(SearchQuery query, Visibility visibility) {
		if (visibility.seesNothing()) {
			return SearchResults.none();
		}
		List<String> variants = query.words().isEmpty() ? List.of() : synonyms.expand(query.words());
		SearchSession session = Search.session(entityManager);
		List<Shown> rows = session.search(SearchDocument.class)
			// read from the index, not loaded from the database: a page needs no query of its own (search-speed)
			.select(f -> f.composite()
				.from(f.id(String.class), f.field("type", String.class), f.field("recordId", UUID.class),
						f.field("patientId", UUID.class), f.field("title", String.class), f.field("text", String.class),
						f.field("link", String.class))
				.asList(Shown::of))
			.where(f -> query.filtersOnly() ? predicates.matching(f, query, visibility, variants)
					: f.bool().must(predicates.matching(f, query, visibility, variants))
						.should(predicates.recent(f, LocalDate.now(clock))))
			.sort(f -> query.filtersOnly() ? f.field("recordDate").desc().missing().last().then().score() : f.score())
			// the page needs the best 21, not how many there are: Lucene may then skip what cannot rank (search-speed)
			.totalHitCountThreshold(query.offset() + PAGE_SIZE + 1L)
			.fetchHits(query.offset(), PAGE_SIZE + 1);
		boolean more = rows.size() > PAGE_SIZE;
		List<Shown> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		Snippets.Terms terms = Snippets.Terms.of(query);
		Map<String, List<List<String>>> highlights = highlights(session, query, visibility, variants,
				page.stream().filter(d -> !Snippets.typedFound(d.body(), terms)).map(Shown::key).toList());
		List<SearchHit> items = new ArrayList<>();
		for (Shown d : page) {
			items.add(new SearchHit(d.type(), d.recordId(), d.patientId(), d.title(),
					Snippets.of(highlights.getOrDefault(d.key(), List.of()), d.body(), terms), d.link(),
					Snippets.mark(d.title(), terms)));
		}
		return new SearchResults(items, more ? String.valueOf(query.offset() + PAGE_SIZE) : null, false);
	}

	/** One hit as the index keeps it. */
	private record Shown(String key, String type, UUID recordId, UUID patientId, String title, String body,
			String link) {
		static Shown of(List<?> fields) {
			return new Shown((String) fields.get(0), (String) fields.get(1), (UUID) fields.get(2), (UUID) fields.get(3),
					(String) fields.get(4), (String) fields.get(5), (String) fields.get(6));
		}
	}

	/**
	 * The highlighter's fragments, only for the hits whose snippet cannot simply mark the typed words
	 * (words found through Korean morphology, stemming or a synonym): highlighting re-reads each hit's
	 * text for two fields, the dearest part of a search when it ran for every hit (search-speed).
	 */
	private Map<String, List<List<String>>> highlights(SearchSession session, SearchQuery query, Visibility visibility,
			List<String> variants, List<String> keys) {
		Map<String, List<List<String>>> byKey = new HashMap<>();
		if (keys.isEmpty() || variants.isEmpty()) {
			return byKey;
		}
		List<List<?>> rows = session.search(SearchDocument.class)
			.select(f -> f.composite()
				.from(f.id(String.class), f.highlight("text"), f.highlight("text_en")).asList())
			.where(f -> f.bool().must(predicates.matching(f, query, visibility, variants)).filter(f.id().matchingAny(keys)))
			.highlighter(h -> h.unified()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.numberOfFragments(1))
			.fetchHits(keys.size());
		for (List<?> row : rows) {
			@SuppressWarnings("unchecked")
			List<List<String>> fragments = List.of((List<String>) row.get(1), (List<String>) row.get(2));
			byKey.put((String) row.get(0), fragments);
		}
		return byKey;
	}

	/** Every patient the page shows, once, with the query (as the registry search does). */
	private void audited(SearchQuery query, SearchResults results) {
		Map<UUID, String> patients = new LinkedHashMap<>();
		for (SearchHit hit : results.items()) {
			if (hit.patientId() != null) {
				patients.putIfAbsent(hit.patientId(), hit.type() + ":" + hit.id());
			}
		}
		audit.searched(patients, query.auditDetail());
	}
}
