package org.cutis.search.index;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Hands the clinical analysers to Hibernate Search (named in {@link SearchSettings}). */
public class ClinicalAnalysisConfigurer implements LuceneAnalysisConfigurer {
	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		ClinicalAnalyzers.all().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
	}
}
