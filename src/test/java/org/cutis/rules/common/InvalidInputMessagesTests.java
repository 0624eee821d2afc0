package org.cutis.rules.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules engine's input errors are message codes ({@code rules.invalid.…}) with a Korean and an
 * English text each; the Korean has no English word besides codes, units and proper names (the
 * idea of {@code LanguageJourneyTests}' allow-list), and no throw site writes an English sentence.
 */
class InvalidInputMessagesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");
	static final Path RULES = Path.of("src/main/java/org/cutis/rules");

	/** Latin words a Korean error may hold: units, proper names, and the example rule name. */
	static final Set<String> ALLOWED = Set.of("mm", "cm", "Breslow", "Cutis", "Cancer", "Council", "Australia", "Tis",
			"melanoma.t");

	/** Codes, not words: with a digit, all capitals, or an AJCC category. */
	static final Pattern CODE = Pattern.compile("(?x) .*\\d.* | [A-Z][A-Z&/\\-]{0,24} | [pcyr]?[TNM](is|[0-4X][a-d]?)?"
			+ " | (0|I|II|III|IV)[A-D]?");

	static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9²\\-'’.]*[A-Za-z0-9²]|[A-Za-z]");

	static final Pattern USED = Pattern.compile("\"(rules\\.invalid\\.[\\w.]*\\w)\"");

	static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve("rules_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static Set<String> errorKeys(Properties bundle) {
		Set<String> keys = new TreeSet<>();
		bundle.stringPropertyNames().stream().filter(k -> k.startsWith("rules.invalid.")).forEach(keys::add);
		keys.add(Explanation.OR);
		return keys;
	}

	static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(RULES)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	@Test
	void everyErrorCodeTheRulesThrowHasKoreanAndEnglishText() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path file : sources()) {
			Matcher m = USED.matcher(Files.readString(file));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		assertThat(used).hasSizeGreaterThan(40).contains("rules.invalid.between", "rules.invalid.melanoma.tCategory");
		Properties ko = bundle("ko");
		Properties en = bundle("en");
		assertThat(errorKeys(ko)).containsAll(used).isEqualTo(errorKeys(en));
		for (String key : errorKeys(ko)) {
			assertThat(ko.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
			assertThat(placeholders(ko.getProperty(key))).as("arguments of %s in Korean", key)
				.isSubsetOf(placeholders(en.getProperty(key)));
		}
	}

	@Test
	void theKoreanTextsHaveNoEnglishWordsBesidesCodesUnitsAndNames() throws IOException {
		Properties ko = bundle("ko");
		List<String> english = new ArrayList<>();
		for (String key : errorKeys(ko)) {
			String text = ko.getProperty(key).replaceAll("\\{\\d+\\}", " ");
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				String word = m.group().replaceAll("[.'’]+$", "");
				if (!ALLOWED.contains(word) && !CODE.matcher(word).matches()) {
					english.add(key + ": " + word);
				}
			}
			assertThat(text).as(key).containsPattern("[가-힣]");
		}
		assertThat(english).isEmpty();
	}

	@Test
	void noThrowSiteWritesASentence() throws IOException {
		// a throw names a rules.invalid code or passes on a problem; never a literal sentence or a concatenation
		Pattern site = Pattern.compile("new InvalidInputException\\(([^;]*?)\\)[;)]", Pattern.DOTALL);
		List<String> sentences = new ArrayList<>();
		for (Path file : sources()) {
			Matcher m = site.matcher(Files.readString(file));
			while (m.find()) {
				String call = m.group(1).replaceAll("\\s+", " ");
				if (!call.contains("\"rules.invalid.") && !call.contains(".problem(")) {
					sentences.add(file.getFileName() + ": " + call);
				}
			}
		}
		assertThat(sentences).isEmpty();
	}

	@Test
	void errorsReadInTheLanguageAskedForAndEnglishStaysTheContractText() {
		RuleEngine engine = new RuleEngine();
		RuleOutcome.Failure breslow = (RuleOutcome.Failure) engine.evaluate("melanoma.t", Map.of("breslowMm", -1));
		assertThat(breslow.field()).isEqualTo("breslowMm");
		assertThat(breslow.message()).isEqualTo("Breslow thickness must be between 0 and 100 mm");
		assertThat(breslow.message(Locale.KOREAN)).isEqualTo("Breslow 두께는 0에서 100 mm 사이여야 합니다.");
		RuleOutcome.Failure t = (RuleOutcome.Failure) engine.evaluate("melanoma.slnb", Map.of("t", "T9"));
		assertThat(t.message()).isEqualTo("t must be an AJCC 8th melanoma T category: TX, T0, Tis, T1a, T1b, T2a, T2b, "
				+ "T3a, T3b, T4a or T4b (was 'T9')");
		assertThat(t.message(Locale.KOREAN)).isEqualTo("AJCC 8판 흑색종 T 병기여야 합니다: TX, T0, Tis, T1a, T1b, T2a, T2b, "
				+ "T3a, T3b, T4a 또는 T4b (입력값 'T9')");
		RuleOutcome.Failure tx = (RuleOutcome.Failure) engine.evaluate("cscc.stage",
				Map.of("t", "TX", "n", "N0", "m", "M0"));
		assertThat(tx.field()).isEqualTo("t");
		assertThat(tx.message()).isEqualTo("TX N0 M0 cannot be stage-grouped: primary tumour not assessed (TX)");
		// the particle follows the word before it: M0 (엠 영) takes 은
		assertThat(tx.message(Locale.KOREAN)).startsWith("TX N0 M0은 병기군을 정할 수 없습니다.");
		RuleOutcome.Failure nodes = (RuleOutcome.Failure) engine.evaluate("melanoma.n", Map.of("occultNodes", 1000));
		assertThat(nodes.message(Locale.KOREAN)).isEqualTo("임상적으로 잠재된 림프절 수는 0에서 999 사이의 정수여야 합니다.");
		assertThat(engine.evaluate("melanoma.x", Map.of())).isInstanceOfSatisfying(RuleOutcome.Failure.class,
				unknown -> assertThat(unknown.message(Locale.KOREAN)).startsWith("알 수 없는 규칙입니다('melanoma.x')."));
	}

	@Test
	void everyKoreanErrorRendersWithItsParticlesFitted() throws IOException {
		Properties ko = bundle("ko");
		for (String key : errorKeys(ko)) {
			String rendered = Explanation.of(key, "T1a", "x", "T2b", "mm").render(Locale.KOREAN);
			assertThat(rendered).as(key).doesNotContain("rules.", "(를)", "(가)", "(는)", "{");
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{\\d+\\}").matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
