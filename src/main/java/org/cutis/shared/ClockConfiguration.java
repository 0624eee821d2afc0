package org.cutis.shared;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain code never calls now(): it is handed this clock, so tests can fix time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CutisProperties.class)
class ClockConfiguration {
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
