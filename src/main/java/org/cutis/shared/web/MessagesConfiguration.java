package org.cutis.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in messages/&lt;module&gt;_ko and _en. There is deliberately no
 * language-neutral base file (a missing translation must fail the key-sync test, not fall back
 * silently), so Boot's own MessageSource, which looks for that base file, is replaced here.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	/**
	 * Every module's bundle, found by its Korean file: a new module only adds its two files. The
	 * English twin is guaranteed by {@code MessagesTests}.
	 */
	static String[] basenames() {
		try {
			Resource[] korean = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_ko.properties");
			return Arrays.stream(korean)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(name -> "messages/" + name.substring(0, name.length() - "_ko.properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the message bundles", e);
		}
	}

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ModuleMessages();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.KOREAN);
		return messages;
	}
}
