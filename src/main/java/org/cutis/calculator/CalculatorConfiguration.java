package org.cutis.calculator;

import org.cutis.rules.RuleEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one shared {@link RuleEngine}: immutable and thread-safe, so a singleton bean. */
@Configuration(proxyBeanMethods = false)
class CalculatorConfiguration {
	@Bean
	RuleEngine ruleEngine() {
		return new RuleEngine();
	}
}
