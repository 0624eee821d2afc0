package org.cutis.search.query;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What a clinical search matches, as Hibernate Search predicates built from the safe query (never
 * parsed): the visibility and the filters as non-scoring clauses, the identifiers whole, the words
 * in the readings of the index (Korean morphology, English stems, word beginnings, name parts).
 */
final class SearchPredicates {
	private final ClinicalSynonyms synonyms;

	SearchPredicates(ClinicalSynonyms synonyms) {
		this.synonyms = synonyms;
	}

	/**
	 * What the user may see (filters: they narrow, they do not score) and what was typed: whole
	 * identifiers, and the words or one of their synonyms' variants.
	 */
	PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, ClinicalSearch.Visibility visibility,
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
	 * Among equally good matches, the records of the last {@value #RECENT_DAYS} days first: worth
	 * less than any reading's boost, so it only breaks ties. A match scores by which readings found
	 * it, not by how often or in how long a text ({@link org.cutis.search.index.ClinicalAnalysisConfigurer}),
	 * so a common word has thousands of equal matches; without this the index's own order would
	 * rank them (oldest first). One optional clause on an indexed date keeps Lucene's skipping of
	 * what cannot rank (two tiers doubled the cost of a common word at 300,000 patients).
	 */
	SearchPredicate recent(SearchPredicateFactory f, java.time.LocalDate today) {
		return f.range().field("recordDate").atLeast(today.minusDays(RECENT_DAYS)).boost(0.1f).toPredicate();
	}

	static final int RECENT_DAYS = 30;

	/**
	 * What narrows the search: required (a patient, a type, a state, ...) and excluded. What no one
	 * may see is excluded rather than what one may see required: a requirement matching nearly every
	 * document ("not voided", "a permission the role holds") is walked through for every search and
	 * grows with the center, an exclusion only costs the few documents it names (search-speed).
	 */
	private record Filters(List<SearchPredicate> required, List<SearchPredicate> excluded) {
	}

	private Filters filters(SearchPredicateFactory f, SearchQuery query, ClinicalSearch.Visibility visibility) {
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
		boolean hangul = Script.hangul(words);
		boolean latin = Script.latin(words);
		if (!typed) {
			// a synonym comes whole and spelled right from the list: one reading finds it (Korean morphology for a
			// Hangul word, English stems for a Latin one); every further reading is another pass over the same
			// thousands of reports (search-speed)
			// it finds, it does not rank (score 0): what was typed ranks first, then what only a synonym found. A
			// score a synonym added to the records that hold both would make a higher tier that a few records reach,
			// and Lucene would score every match to find them (a common word 74 ms at 300,000 patients, 4.5 so)
			return f.match().field(hangul || !latin ? "text" : "text_en").matching(words)
				.minimumShouldMatchPercent(100).constantScore().boost(0f).toPredicate();
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
		if (each.stream().anyMatch(SearchPredicates::typoTolerant)) {
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
				&& word.codePoints().allMatch(c -> Script.latinLetter(c) || !Character.isLetter(c));
	}
}
