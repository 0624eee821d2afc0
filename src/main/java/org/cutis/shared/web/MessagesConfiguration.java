package org.cutis.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every module keeps its texts in messages/&lt;module&gt;_ko and _en. There is deliberately no
 * language-neutral base file (a missing translation must fail the key-sync test, not fall back
 * silently), so Boot's own MessageSource, which looks for that base file, is replaced here.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {
	static final String[] BASENAMES = { "messages/shared", "messages/identity", "messages/audit",
			"messages/patient", "messages/referral", "messages/rules", "messages/staging", "messages/tumorboard" };

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(BASENAMES);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.KOREAN);
		return messages;
	}
}
