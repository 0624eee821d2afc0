package org.cutis.rules.common;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer of a rule whose inputs may be missing: {@link Known} when every value the missing
 * inputs could take gives the same answer, {@link Indeterminate} when they could change it. A
 * missing input never turns into a low-risk answer by default.
 *
 * @param <V> the rule's typed answer, e.g. a risk group or a T class
 */
public sealed interface Determination<V> permits Determination.Known, Determination.Indeterminate {

	/** The contract's {@code value} for an indeterminate answer. */
	String INDETERMINATE = "indeterminate";

	static <V> Known<V> known(V value) {
		return new Known<>(value);
	}

	/**
	 * @param possible the answers the missing inputs still allow (at least two), in order
	 * @param missing  the contract names of the missing inputs that could change the answer
	 */
	static <V> Indeterminate<V> indeterminate(Set<V> possible, List<String> missing) {
		return new Indeterminate<>(possible, missing);
	}

	/** The answer, or empty when it is indeterminate. */
	Optional<V> value();

	/** The answers still possible: one when known, two or more when indeterminate. */
	Set<V> possible();

	/** Contract names of the missing inputs that could change the answer; empty when known. */
	List<String> missing();

	default boolean isIndeterminate() {
		return this instanceof Indeterminate;
	}

	/** The contract's {@code value}: the answer's code, or {@code "indeterminate"}. */
	default String code(Function<? super V, String> code) {
		return value().map(code).orElse(INDETERMINATE);
	}

	/** A determined answer. */
	record Known<V>(V answer) implements Determination<V> {
		public Known {
			if (answer == null) {
				throw new IllegalArgumentException("a known answer needs a value");
			}
		}

		@Override
		public Optional<V> value() {
			return Optional.of(answer);
		}

		@Override
		public Set<V> possible() {
			return Set.of(answer);
		}

		@Override
		public List<String> missing() {
			return List.of();
		}
	}

	/** An answer the missing inputs decide: the answers still possible and the inputs to record. */
	record Indeterminate<V>(Set<V> possible, List<String> missing) implements Determination<V> {
		public Indeterminate {
			possible = Collections.unmodifiableSet(new LinkedHashSet<>(possible));
			missing = List.copyOf(missing);
			if (possible.size() < 2) {
				throw new IllegalArgumentException("an indeterminate answer lies between at least two answers");
			}
			if (missing.isEmpty()) {
				throw new IllegalArgumentException("an indeterminate answer names the missing inputs that decide it");
			}
		}

		@Override
		public Optional<V> value() {
			return Optional.empty();
		}
	}
}
