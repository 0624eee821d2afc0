package org.cutis.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cutis.patient.Mrn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serves the header search of every page ({@code GET /search} and {@code /api/v1/search}; the
 * benchmark's name prefix, MRN and accession operations): what Cutis does in Java around the index
 * for one search, in {@link ClinicalSearch#search}'s order. {@link #parse}: what was typed made safe
 * and split into identifiers and words ({@link SearchQuery#of}). {@link #parseAndPresent}: that,
 * the words' synonym variants ({@link ClinicalSynonyms#expand}), the terms to mark, and for each of a
 * page's 20 hits its snippet and its marked title, as {@code fromIndex} builds them. The Lucene
 * predicates ({@link SearchPredicates}) need Hibernate Search's predicate factory, that is a
 * running search mapping (a Spring context), so they are left out, as is the index itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HeaderSearchBenchmark {
	@Param({ "name-prefix", "mrn", "accession" })
	public String operation;

	private String typed;
	private ClinicalSynonyms synonyms;
	private List<String> titles;
	private List<String> bodies;

	@Setup
	public void setUp() {
		String mrn = Mrn.fromSequence(123_456).value();
		typed = switch (operation) {
			case "name-prefix" -> "김민";
			case "mrn" -> mrn;
			default -> "S26-000016";
		};
		synonyms = ClinicalSynonyms.load();
		titles = new ArrayList<>();
		bodies = new ArrayList<>();
		String[] given = { "수", "서", "준", "지", "아", "호", "재", "혁", "영", "우" };
		for (int i = 0; i < 20; i++) {
			String name = "김민" + given[i % given.length];
			titles.add(name + " (Kim Min" + i + ") · " + Mrn.fromSequence(123_456 + i).value() + " · "
					+ LocalDate.of(1950 + i, 1 + i % 12, 1 + i).toString());
			bodies.add("S26-" + String.format("%06d", 16 + i) + " 왼쪽 팔 펀치 생검. 진단: 악성 흑색종, Breslow 두께 1.2 mm,"
					+ " 궤양 없음. 절제연 음성. 환자 " + name + " 에게 결과 설명함.");
		}
	}

	@Benchmark
	public SearchQuery parse() {
		return SearchQuery.of(typed, null, null, null, null, null, null);
	}

	@Benchmark
	public int parseAndPresent() {
		SearchQuery query = SearchQuery.of(typed, null, null, null, null, null, null);
		List<String> variants = query.words().isEmpty() ? List.of() : synonyms.expand(query.words());
		Snippets.Terms terms = Snippets.Terms.of(query);
		int length = variants.size();
		for (int i = 0; i < titles.size(); i++) {
			String body = bodies.get(i);
			if (Snippets.typedFound(body, terms)) {
				length += Snippets.of(List.of(), body, terms).length();
			}
			length += Snippets.mark(titles.get(i), terms).length();
		}
		return length;
	}
}
