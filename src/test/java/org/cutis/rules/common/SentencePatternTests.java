package org.cutis.rules.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The filled pattern is MessageFormat's own result, for every message the rules can say. */
class SentencePatternTests {

	private static void sameAsMessageFormat(String pattern, Object... values) {
		assertThat(new SentencePattern(pattern).format(values)).as(pattern)
			.isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(values));
	}

	@Test
	void quotesBracesRepeatsAndMissingValuesReadAsMessageFormatReadsThem() {
		sameAsMessageFormat("{0} mm is recorded as {1} mm", "4.18", "4.2");
		sameAsMessageFormat("It''s {0}; '{1}' stays literal, {1} does not", "a", "b");
		sameAsMessageFormat("{1} before {0}, {0} again", "x", "y");
		sameAsMessageFormat("{0}을(를) 확인하십시오 ({1})", "T1a", "AJCC");
		sameAsMessageFormat("no argument at all, '' one quote");
		sameAsMessageFormat("{0} and {2}", "only one");
		sameAsMessageFormat("{0,number} formats its own", 3);
		sameAsMessageFormat("{0} not a string", Integer.valueOf(7));
		sameAsMessageFormat("{0}{1}", "", "");
	}

	@Test
	void everyRulesMessageInBothLanguages() throws IOException {
		int checked = 0;
		for (String bundle : new String[] { "rules", "staging", "pathology" }) {
			for (String language : new String[] { "en", "ko" }) {
				Properties messages = new Properties();
				try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + "_" + language + ".properties")) {
					if (in == null) {
						continue;
					}
					messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				for (String key : messages.stringPropertyNames()) {
					String pattern = messages.getProperty(key);
					sameAsMessageFormat(pattern, "A1", "2.5", "T3b", "피부", "x'y", "{5}");
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(200);
	}
}
