package org.cutis.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The analysers of the clinical index, plain Lucene so tests can run them without a database.
 * One text is indexed several ways, each field serving one kind of query:
 * <ul>
 * <li>{@link #KOREAN}: Korean morphology with nori (흑색종이 → 흑색종; particles and endings
 * dropped, Hanja read as Hangul); Latin words pass through lower-cased;</li>
 * <li>{@link #ENGLISH}: English words stemmed (carcinomas → carcinoma), for typo-tolerant (fuzzy)
 * matching;</li>
 * <li>{@link #PREFIX}: the beginnings of every word (mel… finds melanoma, 김민 finds 김민수),
 * searched with {@link #PREFIX_QUERY};</li>
 * <li>{@link #NAME_PARTS}: every two- to four-syllable part of a name (민수 finds 김민수),
 * searched with {@link #WORDS};</li>
 * <li>{@link #IDENTIFIER}: identifiers as whole, lower-cased tokens (s26-000016), matched exactly
 * and never broken into parts.</li>
 * </ul>
 */
public final class ClinicalAnalyzers {
	public static final String KOREAN = "clinical_korean";
	public static final String ENGLISH = "clinical_english";
	public static final String PREFIX = "clinical_prefix";
	public static final String PREFIX_QUERY = "clinical_prefix_query";
	public static final String NAME_PARTS = "clinical_name_parts";
	public static final String WORDS = "clinical_words";
	public static final String IDENTIFIER = "clinical_identifier";

	private ClinicalAnalyzers() {
	}

	/** Every analyser by its name, built anew (an analyser holds per-thread state; share the instances). */
	public static Map<String, Analyzer> all() {
		try {
			return Map.of(KOREAN, korean(), ENGLISH, english(), PREFIX, prefix(), PREFIX_QUERY, words(), NAME_PARTS,
					nameParts(), WORDS, words(), IDENTIFIER, identifier());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The clinical analysers cannot be built", e);
		}
	}

	static Analyzer korean() throws IOException {
		return CustomAnalyzer.builder()
			// discard: a compound is searched by its parts (기저세포암 → 기저, 세포, 암), the same at index and query time
			.withTokenizer("korean", "decompoundMode", "discard", "discardPunctuation", "true")
			.addTokenFilter("koreanPartOfSpeechStop")
			.addTokenFilter("koreanReadingForm")
			.addTokenFilter("lowercase")
			.build();
	}

	static Analyzer english() throws IOException {
		return CustomAnalyzer.builder()
			.withTokenizer("standard")
			.addTokenFilter("englishPossessive")
			.addTokenFilter("lowercase")
			.addTokenFilter("asciiFolding")
			.addTokenFilter("porterStem")
			.build();
	}

	static Analyzer prefix() throws IOException {
		return CustomAnalyzer.builder()
			.withTokenizer("standard")
			.addTokenFilter("lowercase")
			.addTokenFilter("asciiFolding")
			.addTokenFilter("edgeNGram", "minGramSize", "2", "maxGramSize", "20", "preserveOriginal", "true")
			.build();
	}

	static Analyzer nameParts() throws IOException {
		return CustomAnalyzer.builder()
			.withTokenizer("standard")
			.addTokenFilter("lowercase")
			.addTokenFilter("nGram", "minGramSize", "2", "maxGramSize", "4", "preserveOriginal", "true")
			.build();
	}

	static Analyzer words() throws IOException {
		return CustomAnalyzer.builder()
			.withTokenizer("standard")
			.addTokenFilter("lowercase")
			.addTokenFilter("asciiFolding")
			.build();
	}

	static Analyzer identifier() throws IOException {
		return CustomAnalyzer.builder().withTokenizer("whitespace").addTokenFilter("lowercase").build();
	}
}
