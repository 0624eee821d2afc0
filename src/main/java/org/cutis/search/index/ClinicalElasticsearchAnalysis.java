package org.cutis.search.index;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link ClinicalAnalyzers} for an Elasticsearch or OpenSearch cluster, by the
 * same names and the same steps, so the documents, the queries and the results are those of the
 * embedded index. The Korean analyser needs the cluster's {@code analysis-nori} plugin
 * ({@code bin/elasticsearch-plugin install analysis-nori}); the others are built in.
 */
public class ClinicalElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {
	private static final String NORI = "clinical_nori";
	private static final String POSSESSIVE = "clinical_english_possessive";
	private static final String EDGES = "clinical_word_beginnings";
	private static final String PARTS = "clinical_two_to_four";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		// a compound is searched by its parts (기저세포암 → 기저, 세포, 암), at index and at query time
		context.tokenizer(NORI).type("nori_tokenizer").param("decompound_mode", "discard")
			.param("discard_punctuation", true);
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.tokenFilter(EDGES).type("edge_ngram").param("min_gram", 2).param("max_gram", 20)
			.param("preserve_original", true);
		context.tokenFilter(PARTS).type("ngram").param("min_gram", 2).param("max_gram", 4)
			.param("preserve_original", true);

		context.analyzer(ClinicalAnalyzers.KOREAN).custom().tokenizer(NORI)
			.tokenFilters("nori_part_of_speech", "nori_readingform", "lowercase");
		context.analyzer(ClinicalAnalyzers.ENGLISH).custom().tokenizer("standard")
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
		context.analyzer(ClinicalAnalyzers.PREFIX).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", EDGES);
		context.analyzer(ClinicalAnalyzers.PREFIX_QUERY).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(ClinicalAnalyzers.NAME_PARTS).custom().tokenizer("standard")
			.tokenFilters("lowercase", PARTS);
		context.analyzer(ClinicalAnalyzers.WORDS).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(ClinicalAnalyzers.IDENTIFIER).custom().tokenizer("whitespace").tokenFilters("lowercase");
	}
}
