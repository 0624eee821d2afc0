package org.cutis.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean and English. The choice is a cookie (set from the account at login and by the switch in
 * the header); without one, the browser's Accept-Language decides, and Korean is the default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {
	static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("cutis-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			if (request.getHeader("Accept-Language") != null) {
				Locale requested = request.getLocale();
				for (Locale supported : SUPPORTED) {
					if (supported.getLanguage().equals(requested.getLanguage())) {
						return supported;
					}
				}
			}
			return Locale.KOREAN;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		// not on the error page: a request refused for unreadable parameters must not read them again
		registry.addInterceptor(change).excludePathPatterns("/error");
	}
}
