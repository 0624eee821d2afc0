package org.cutis.rules.common;

import java.util.Objects;
import java.util.function.Function;

/** A rule made of its contract name and a stateless function from input to answer. */
public record NamedRule(String name, Function<RuleInput, RuleAnswer> body) implements Rule {

	public NamedRule {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(body, "body");
	}

	@Override
	public RuleAnswer evaluate(RuleInput input) {
		return body.apply(input);
	}
}
