package org.cutis.shared;

import org.cutis.referral.SourceKind;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.Sex;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.cutis.referral.domain.Referral;
import org.cutis.referral.ReferralDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Korean and English stay complete: both languages have the same keys, every key a template or
 * the code names exists, and no template carries literal text that would escape translation.
 */
class MessagesTests {
	static final Path MESSAGES = Path.of("src/main/resources/messages");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path SOURCES = Path.of("src/main/java");

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static Set<String> keys(String language) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.toString().endsWith("_" + language + ".properties")).toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		return keys;
	}

	@Test
	void everyBundleHasTheSameKeysInKoreanAndEnglish() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path ko : files.filter(f -> f.toString().endsWith("_ko.properties")).toList()) {
				Path en = Path.of(ko.toString().replace("_ko.properties", "_en.properties"));
				assertThat(en).as("English twin of " + ko).exists();
				Properties korean = load(ko);
				Properties english = load(en);
				assertThat(korean.stringPropertyNames()).as(ko + " vs " + en)
					.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
				korean.forEach((k, v) -> assertThat(v.toString()).as("ko " + k).isNotBlank());
				english.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = keys("en");
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9.-]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = key.matcher(Files.readString(template));
			while (m.find()) {
				if (!known.contains(m.group(1))) {
					missing.add(template + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Set<String> known = keys("en");
		// a key string in code starts with "error." or with the name of a module's bundle
		String prefixes = String.join("|", bundleNames()) + "|error";
		Pattern key = Pattern.compile("\"((?:" + prefixes + ")\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = key.matcher(Files.readString(source));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(source.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyCodedValueShownOnScreenHasAName() throws IOException {
		Set<String> known = keys("en");
		List<String> needed = new ArrayList<>();
		for (Sex s : Sex.values()) {
			needed.add("patient.sex." + s.code());
		}
		for (Role r : Role.values()) {
			needed.add("identity.role." + r.code());
		}
		for (Department d : Department.values()) {
			needed.add("identity.department." + d.code());
		}
		for (ReferralReason r : ReferralReason.values()) {
			needed.add("referral.reason." + r.code());
		}
		for (Urgency u : Urgency.values()) {
			needed.add("referral.urgency." + u.code());
		}
		for (Referral.Status s : Referral.Status.values()) {
			needed.add("referral.status." + s.name().toLowerCase());
		}
		for (SourceKind k : SourceKind.values()) {
			needed.add("referral.sourceKind." + k.name().toLowerCase());
		}
		ReferralDetails.DEPARTMENTS.forEach(d -> needed.add("referral.department." + d));
		assertThat(known).containsAll(needed);
	}

	/** Text between tags must come from th:text (or similar); placeholders and labels likewise. */
	@Test
	void templatesCarryNoLiteralText() throws IOException {
		Pattern element = Pattern.compile("<([a-zA-Z][^<>]*)>([^<]*\\p{L}[^<]*)<", Pattern.DOTALL);
		Pattern literalAttribute = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"[^\"]*\\p{L}");
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher m = element.matcher(html);
			while (m.find()) {
				String tag = m.group(1);
				boolean translated = tag.matches("(?s).*\\b(th:text|th:utext|th:errors|th:replace|th:insert)=.*")
						|| tag.contains("sec:authentication=") || tag.startsWith("script") || tag.startsWith("style");
				if (!translated) {
					literals.add(template.getFileName() + ": <" + tag + ">" + m.group(2).trim());
				}
			}
			Matcher a = literalAttribute.matcher(html);
			while (a.find()) {
				literals.add(template.getFileName() + ": " + a.group().trim());
			}
		}
		assertThat(literals).isEmpty();
	}

	static List<String> bundleNames() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.map(f -> f.getFileName().toString())
				.filter(name -> name.endsWith("_ko.properties"))
				.map(name -> name.substring(0, name.length() - "_ko.properties".length()))
				.filter(name -> !name.equals("shared"))
				.toList();
		}
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}
}
