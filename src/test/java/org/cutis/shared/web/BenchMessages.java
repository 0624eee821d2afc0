package org.cutis.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message source built without Spring, for the JMH benchmarks of other
 * packages ({@link MessagesConfiguration} is this package's own): every module's bundle, memoised
 * as Cutis runs it, and the same bundles without the memo (what a page paid before issue 15).
 */
public final class BenchMessages {
	private BenchMessages() {
	}

	/** What Cutis runs: {@link ModuleMessages}. */
	public static MessageSource application() {
		return new MessagesConfiguration().messageSource();
	}

	/** The same bundles and settings through Spring's own source, each code looked for bundle by bundle. */
	public static MessageSource unmemoised() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(MessagesConfiguration.basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.KOREAN);
		return messages;
	}

	/** Every code of a module's Korean bundle whose text takes no argument, in the file's order. */
	public static List<String> codesWithoutArguments(String module) {
		Properties bundle = new Properties();
		try (InputStream in = BenchMessages.class.getResourceAsStream("/messages/" + module + "_ko.properties")) {
			bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> codes = new ArrayList<>();
		bundle.forEach((code, text) -> {
			if (!text.toString().contains("{")) {
				codes.add(code.toString());
			}
		});
		codes.sort(null);
		return codes;
	}
}
