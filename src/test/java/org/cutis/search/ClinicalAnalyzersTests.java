package org.cutis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.cutis.search.index.ClinicalAnalyzers;
import org.cutis.search.query.ClinicalSynonyms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysers and synonyms of the clinical search on the Korean and English cases, without a database. */
class ClinicalAnalyzersTests {
	private static final Map<String, Analyzer> ANALYZERS = ClinicalAnalyzers.all();

	@Test
	void koreanMorphologyFindsTheWordWithoutItsParticle() {
		List<String> document = tokens(ClinicalAnalyzers.KOREAN, "흑색종");
		List<String> query = tokens(ClinicalAnalyzers.KOREAN, "흑색종이");
		assertThat(document).isNotEmpty();
		assertThat(query).containsExactlyElementsOf(document);
		assertThat(tokens(ClinicalAnalyzers.KOREAN, "기저세포암으로 진단되었다")).containsAll(tokens(ClinicalAnalyzers.KOREAN, "기저세포암"));
	}

	@Test
	void hangulNamesAreFoundByAnyTwoSyllablePart() {
		List<String> name = tokens(ClinicalAnalyzers.NAME_PARTS, "김민수");
		assertThat(name).contains("민수", "김민", "김민수");
		assertThat(tokens(ClinicalAnalyzers.WORDS, "민수")).containsExactly("민수");
	}

	@Test
	void englishIsStemmedAndPrefixed() {
		assertThat(tokens(ClinicalAnalyzers.ENGLISH, "Melanomas carcinoma's"))
			.containsExactlyElementsOf(tokens(ClinicalAnalyzers.ENGLISH, "melanoma carcinoma"));
		assertThat(tokens(ClinicalAnalyzers.PREFIX, "Melanoma")).contains("me", "mel", "melanoma");
		assertThat(tokens(ClinicalAnalyzers.PREFIX_QUERY, "MELA")).containsExactly("mela");
	}

	@Test
	void identifiersStayWhole() {
		assertThat(tokens(ClinicalAnalyzers.IDENTIFIER, "S26-000016 1000017 1980-05-01"))
			.containsExactly("s26-000016", "1000017", "1980-05-01");
	}

	@Test
	void clinicalSynonymsWorkBothWays() {
		ClinicalSynonyms synonyms = ClinicalSynonyms.load();
		assertThat(synonyms.expand("흑색종")).contains("melanoma");
		assertThat(synonyms.expand("Melanoma")).contains("흑색종");
		assertThat(synonyms.expand("흑색종이")).contains("melanoma이");
		assertThat(synonyms.expand("기저세포암")).contains("basal cell carcinoma");
		assertThat(synonyms.expand("basal cell carcinoma")).contains("기저세포암");
		assertThat(synonyms.expand("편평세포암")).contains("squamous cell carcinoma");
		assertThat(synonyms.expand("squamous cell carcinoma")).contains("편평세포암");
		// "mohs surgery" is wider than "mohs": searching "mohs" finds it
		assertThat(synonyms.expand("모스 수술")).contains("mohs").doesNotContain("mohs surgery");
		assertThat(synonyms.expand("Mohs surgery")).contains("모스 수술");
		// whole Latin words only
		assertThat(synonyms.expand("molecular")).containsExactly("molecular");
		// a variant holding all the words of another finds nothing more; what was typed stays
		assertThat(synonyms.expand("흑색종")).containsExactly("흑색종", "melanoma");
		assertThat(synonyms.expand("악성 흑색종")).startsWith("악성 흑색종").contains("흑색종", "melanoma")
			.doesNotContain("malignant melanoma");
	}

	private static List<String> tokens(String analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = ANALYZERS.get(analyzer).tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return tokens;
	}
}
