package org.cutis.search.query;

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
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
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
	private final DatabaseLookup database;
	private final SearchIndexState state;
	private final AuditLog audit;
	private final CurrentUser currentUser;

	ClinicalSearch(DatabaseLookup database, SearchIndexState state, AuditLog audit, CurrentUser currentUser) {
		this.database = database;
		this.state = state;
		this.audit = audit;
		this.currentUser = currentUser;
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
			.where(f -> matching(f, query, visibility, variants))
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
			.where(f -> f.bool().must(matching(f, query, visibility, variants)).filter(f.id().matchingAny(keys)))
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

	/**
	 * What the user may see (filters: they narrow, they do not score) and what was typed: whole
	 * identifiers, and the words or one of their synonyms' variants.
	 */
	private PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, Visibility visibility,
			List<String> variants) {
		var root = f.bool();
		Filters filters = filters(f, query, visibility);
		filters.required().forEach(root::filter);
		filters.excluded().forEach(root::mustNot);
		boolean scored = false;
		for (String identifier : query.identifiers()) {
			// whole identifiers only: S26-000016, or typed without its separators
			String bare = identifier.replaceAll("[-./]", "");
			root.must(f.or(f.match().field("codes").matching(identifier), f.match().field("codes").matching(bare)));
			scored = true;
		}
		if (!variants.isEmpty()) {
			var any = f.or();
			// typo tolerance for what was typed only: the synonyms' words come spelled right from the list,
			// and each fuzzy clause costs an automaton per search and per highlighted hit (search-bench)
			for (int i = 0; i < variants.size(); i++) {
				any.add(text(f, variants.get(i), i == 0));
			}
			root.must(any);
			scored = true;
		}
		if (!scored) {
			root.must(f.matchAll());
		}
		return root;
	}

	/**
	 * What narrows the search: required (a patient, a type, a state, ...) and excluded. What no one
	 * may see is excluded rather than what one may see required: a requirement matching nearly every
	 * document ("not voided", "a permission the role holds") is walked through for every search and
	 * grows with the center, an exclusion only costs the few documents it names (search-speed).
	 */
	private record Filters(List<SearchPredicate> required, List<SearchPredicate> excluded) {
	}

	private Filters filters(SearchPredicateFactory f, SearchQuery query, Visibility visibility) {
		List<SearchPredicate> root = new ArrayList<>();
		List<SearchPredicate> excluded = new ArrayList<>();
		excluded.add(f.match().field("voided").matching(true).toPredicate());
		// a voided patient's records: excluded when marked (documents from before the mark existed stay found)
		excluded.add(f.match().field("patientVoided").matching(true).toPredicate());
		List<String> lacking = visibility.lacking();
		if (!lacking.isEmpty()) {
			excluded.add(f.terms().field("permission").matchingAny(lacking).toPredicate());
		}
		if (visibility.patientAccount()) {
			root.add(f.match().field("patientId").matching(visibility.ownPatient()).toPredicate());
		}
		if (query.patient() != null) {
			root.add(f.match().field("patientId").matching(query.patient()).toPredicate());
		}
		if (query.type() != null) {
			root.add(f.match().field("type").matching(query.type()).toPredicate());
		}
		if (query.department() != null) {
			root.add(f.terms().field("department").matchingAny(List.of(query.department(), query.departmentCode()))
				.toPredicate());
		}
		if (StateFilter.uncommunicated(query.state())) {
			root.add(f.match().field("type").matching(StateFilter.SPECIMEN).toPredicate());
			root.add(f.terms().field("state").matchingAny(StateFilter.SPECIMEN_OPEN).toPredicate());
		}
		else if (query.state() != null) {
			root.add(f.match().field("state").matching(query.state()).toPredicate());
		}
		if (query.from() != null || query.to() != null) {
			root.add(f.range().field("recordDate").between(query.from(), query.to()).toPredicate());
		}
		if (query.diagnosis() != null) {
			// a patient's own line names no diagnosis: the filter selects clinical records
			excluded.add(f.match().field("type").matching("patient").toPredicate());
			if (query.diagnosis() == SearchQuery.Diagnosis.OTHER) {
				var named = f.or();
				for (SearchQuery.Diagnosis d : SearchQuery.Diagnosis.values()) {
					if (d.synonym() != null) {
						named.add(names(f, d));
					}
				}
				excluded.add(named.toPredicate());
			}
			else {
				root.add(names(f, query.diagnosis()));
			}
		}
		return new Filters(root, excluded);
	}

	/** The record's words name the diagnosis: any word of its synonyms line, as a phrase, Korean or English. */
	private SearchPredicate names(SearchPredicateFactory f, SearchQuery.Diagnosis diagnosis) {
		var any = f.or();
		for (String word : synonyms.group(diagnosis.synonym())) {
			any.add(f.phrase().field("text").matching(word));
			any.add(f.phrase().field("text_en").matching(word));
		}
		return any.toPredicate();
	}

	/**
	 * The words as Korean (nori), English (stemmed, one typo allowed in longer words), word
	 * beginnings, and names (beginnings, and two-syllable parts of Hangul names): every word must
	 * be found in one reading.
	 */
	private static SearchPredicate text(SearchPredicateFactory f, String words, boolean typed) {
		boolean hangul = words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
		boolean latin = words.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
		if (!typed) {
			// a synonym comes whole and spelled right from the list: one reading finds it (Korean morphology for a
			// Hangul word, English stems for a Latin one); every further reading is another pass over the same
			// thousands of reports (search-speed)
			return f.match().field(hangul || !latin ? "text" : "text_en").matching(words)
				.boost(hangul || !latin ? 2f : 1.5f).minimumShouldMatchPercent(100).toPredicate();
		}
		var any = f.or();
		any.add(f.match().field("text").matching(words).boost(2f).minimumShouldMatchPercent(100));
		// English stems only for Latin words: a Hangul word's English reading is its word-beginnings reading again
		if (latin) {
			any.add(f.match().field("text_en").matching(words).boost(1.5f).minimumShouldMatchPercent(100));
		}
		any.add(f.match().field("text_prefix").matching(words).minimumShouldMatchPercent(100));
		any.add(f.match().field("names_prefix").matching(words).boost(3f).minimumShouldMatchPercent(100));
		if (hangul) {
			any.add(f.match().field("names_parts").matching(words).boost(3f).minimumShouldMatchPercent(100));
		}
		// a typo is tolerated in each longer Latin word only: a stage "IA" must never find "IIA" (nor IIA find IIB)
		List<String> each = java.util.Arrays.stream(words.split(" ")).filter(w -> !w.isBlank()).toList();
		if (each.stream().anyMatch(ClinicalSearch::typoTolerant)) {
			var all = f.and();
			for (String word : each) {
				var exact = f.match().field("text_en").matching(word).minimumShouldMatchPercent(100);
				all.add(typoTolerant(word) ? exact.fuzzy(1, 1) : exact);
			}
			any.add(all.boost(0.5f));
		}
		return any.toPredicate();
	}

	/** Five letters or more, in Latin script: typo tolerance is for English words ("melnoma"). */
	private static boolean typoTolerant(String word) {
		return word.codePointCount(0, word.length()) >= 5
				&& word.codePoints().allMatch(c -> c < 0x80 || !Character.isLetter(c));
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
