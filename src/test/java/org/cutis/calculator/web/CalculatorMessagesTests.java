package org.cutis.calculator.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cutis.rules.bcc.BccRisk;
import org.cutis.rules.common.Determination;
import org.cutis.rules.melanoma.ImagingRecommendation;
import org.cutis.rules.melanoma.SlnbRecommendation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator texts exist in Korean and English alike: every key the calculator templates,
 * the calculator catalogue and the calculator code use, and no visible text written into a template.
 */
class CalculatorMessagesTests {
	static final Path MESSAGES = Path.of("src/main/resources/messages");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path CODE = Path.of("src/main/java/org/cutis/calculator");

	static Set<String> keys(String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve("rules_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES.resolve("calculator"))) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	@Test
	void koreanAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> ko = keys("ko");
		Set<String> en = keys("en");
		assertThat(ko).isNotEmpty();
		assertThat(en).containsExactlyInAnyOrderElementsOf(ko);
		assertThat(ko).allMatch(k -> k.startsWith("rules."), "keys of the rules files start with rules.");
	}

	@Test
	void everyKeyInTheTemplatesExistsInBothLanguages() throws IOException {
		Pattern key = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)");
		Set<String> used = new TreeSet<>();
		List<Path> files = new ArrayList<>(templates());
		for (Path file : files) {
			Matcher m = key.matcher(Files.readString(file));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		Matcher menu = key.matcher(Files.readString(TEMPLATES.resolve("fragments/layout.html")));
		while (menu.find()) {
			if (menu.group(1).startsWith("rules.")) {
				used.add(menu.group(1));
			}
		}
		// app.name comes from the shared messages
		used.remove("app.name");
		assertThat(used).contains("rules.menu.calculators", "rules.calculate");
		assertThat(keys("ko")).containsAll(used);
		assertThat(keys("en")).containsAll(used);
	}

	@Test
	void everyKeyTheCatalogueNamesExistsInBothLanguages() throws IOException {
		Set<String> needed = new TreeSet<>();
		Calculators.FAMILIES.forEach(f -> needed.add(f.titleKey()));
		for (Calculator calculator : Calculators.all()) {
			needed.add(calculator.titleKey());
			for (CalculatorField field : calculator.fields()) {
				needed.add(field.labelKey());
				if (field.optionSet() != null) {
					field.options().forEach(o -> needed.add(field.optionKey(o)));
				}
			}
		}
		assertThat(keys("ko")).containsAll(needed);
		assertThat(keys("en")).containsAll(needed);
	}

	@Test
	void everyWordAnswerOfTheRulesHasANameInBothLanguages() throws IOException {
		Set<String> needed = new TreeSet<>();
		needed.add("rules.value." + Determination.INDETERMINATE);
		Arrays.stream(BccRisk.values()).forEach(v -> needed.add("rules.value." + v.code()));
		Arrays.stream(SlnbRecommendation.values()).forEach(v -> needed.add("rules.value." + v.code()));
		Arrays.stream(ImagingRecommendation.values()).forEach(v -> needed.add("rules.value." + v.code()));
		assertThat(keys("ko")).containsAll(needed);
		assertThat(keys("en")).containsAll(needed);
	}

	@Test
	void everyKeyTheCodeNamesExistsInBothLanguages() throws IOException {
		// whole keys in string literals; a literal followed by + is a prefix
		Pattern key = Pattern.compile("\"(rules\\.[\\w.\\-]*[\\w\\-])\"(?!\\s*\\+)");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(CODE)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).contains("rules.error.field", "rules.value.grade");
		assertThat(keys("ko")).containsAll(used);
		assertThat(keys("en")).containsAll(used);
	}

	@Test
	void templatesHoldNoVisibleLiteralText() throws IOException {
		Pattern textAfterTag = Pattern.compile("<([a-zA-Z][^<>]*)>([^<]+)<");
		Pattern literalAttribute = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"");
		List<String> literal = new ArrayList<>();
		for (Path file : templates()) {
			String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
			Matcher m = textAfterTag.matcher(html);
			while (m.find()) {
				String tag = m.group(1);
				boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace")
						|| tag.contains("th:insert");
				if (!m.group(2).isBlank() && !replaced && !tag.startsWith("title")) {
					literal.add(file.getFileName() + ": <" + tag + ">" + m.group(2).strip());
				}
			}
			Matcher a = literalAttribute.matcher(html);
			while (a.find()) {
				literal.add(file.getFileName() + ": literal " + a.group(1));
			}
		}
		assertThat(literal).isEmpty();
	}
}
