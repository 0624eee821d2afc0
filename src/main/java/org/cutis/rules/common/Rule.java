package org.cutis.rules.common;

/**
 * A named rule of the batch contract: reads its input, calls the typed policy and shapes the
 * contract's result. Implementations hold no mutable state.
 */
public interface Rule {

	/** The contract name, e.g. {@code melanoma.stage}. */
	String name();

	/** @throws InvalidInputException naming the field to correct */
	RuleAnswer evaluate(RuleInput input);
}
