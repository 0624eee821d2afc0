package org.cutis.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on a page are written as they are. With the webjars locator on the class path Spring Boot
 * installs a filter that offers every link of every page to the static resource chain, to rewrite
 * it to a versioned address; a link to a record (/patients/…) is no static resource, the chain's
 * cache keeps only hits, so each such link searched the class path anew: a third of the server's
 * time under the benchmark, most of it on a chart of 500 entries. Nothing here uses versioned
 * addresses: the webjars are linked without a version and resolved when requested
 * (LiteWebJarsResourceResolver stays), and /css and /js are plain. Registering the filter disabled
 * keeps Boot from installing its own.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
