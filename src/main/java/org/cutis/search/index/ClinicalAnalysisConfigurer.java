package org.cutis.search.index;

import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Hands the clinical analysers and the scoring to Hibernate Search (named in {@link SearchSettings}). */
public class ClinicalAnalysisConfigurer implements LuceneAnalysisConfigurer {
	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		ClinicalAnalyzers.all().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
		// a match scores by which readings found it (a name, the exact word, a stem, a beginning, a typo: their
		// boosts), not by how often or in how short a text (BM25): clinical records are short and alike, so term
		// frequency and length only shuffled thousands of equal matches, and with equal scores Lucene skips
		// every block of postings that cannot outrank the page it holds. A common word at 300,000 patients:
		// 76 ms of Lucene with BM25, 2 ms so (search-speed, issue 15)
		context.similarity(new BooleanSimilarity());
	}
}
