package org.cutis.search.query;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Escaped first, then marked: name parts, name beginnings, identifiers, the highlighter's own marks. */
class SnippetsTests {

	static Snippets.Terms terms(String q) {
		return Snippets.Terms.of(SearchQuery.of(q, null, null, null, null, null, null));
	}

	@Test
	void hangulPartsAnywhereLatinWordsAtTheirBeginningIdentifiersExactly() {
		assertThat(Snippets.mark("김민수 (Kim Minsu) · 00012345", terms("민수 min 00012345")))
			.isEqualTo("김<mark>민수</mark> (Kim <mark>Min</mark>su) · <mark>00012345</mark>");
		// not inside a Latin word
		assertThat(Snippets.mark("Jasmine", terms("min"))).isEqualTo("Jasmine");
		// one letter is no word to mark
		assertThat(Snippets.mark("a b", terms("a"))).isEqualTo("a b");
	}

	@Test
	void theHighlighterIsNeededOnlyWhenNoTypedWordIsInTheText() {
		// typed as written: the snippet marks it itself
		assertThat(Snippets.typedFound("악성 흑색종, Breslow 1.2 mm", terms("흑색종"))).isTrue();
		assertThat(Snippets.typedFound("S26-000016 punch", terms("s26-000016"))).isTrue();
		// found by morphology, stemming or a synonym only: the highlighter's fragment is needed
		assertThat(Snippets.typedFound("malignant melanoma", terms("흑색종"))).isFalse();
		assertThat(Snippets.typedFound("carcinomas", terms("carcinoma"))).isTrue();
		assertThat(Snippets.typedFound("Jasmine", terms("min"))).isFalse();
		assertThat(Snippets.typedFound(null, terms("min"))).isFalse();
	}

	@Test
	void theRecordAndTheQueryAreEscapedBeforeMarking() {
		assertThat(Snippets.mark("<b>김민수</b> & <script>", terms("민수 <script> script")))
			.isEqualTo("&lt;b&gt;김<mark>민수</mark>&lt;/b&gt; &amp; &lt;<mark>script</mark>&gt;");
		assertThat(Snippets.mark("x", terms("<mark>x</mark>"))).doesNotContain("<mark>x</mark>");
	}

	@Test
	void theHighlightersFragmentKeepsItsMarksAndGainsTheTypedWords() {
		String highlighted = "<mark>흑색종</mark> 김민수 &lt;i&gt;";
		assertThat(Snippets.alsoMarked(highlighted, terms("민수")))
			.isEqualTo("<mark>흑색종</mark> 김<mark>민수</mark> &lt;i&gt;");
		// a typed word found as typed wins over the highlighter's whole-word mark
		assertThat(Snippets.of(List.of(List.of("<mark>Zorbanek</mark>")), "Zorbanek", terms("zorb")))
			.isEqualTo("<mark>Zorb</mark>anek");
		// nothing typed is in the text (a synonym matched): the highlighter's fragment
		assertThat(Snippets.of(List.of(List.of("<mark>melanoma</mark> in situ")), "melanoma in situ", terms("흑색종")))
			.isEqualTo("<mark>melanoma</mark> in situ");
	}
}
