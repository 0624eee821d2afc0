package org.cutis.rules.cscc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cutis.rules.common.Determination;
import org.cutis.rules.common.TumorDiameter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 8, finding 12: a missing diameter or differentiation never gives a lower BWH class. A
 * known class holds for every value the missing inputs could take; an indeterminate one really
 * is decided by them, and every input it names can change it.
 */
class BwhTIndeterminateProperties {

	private final BwhTPolicy policy = new BwhTPolicy();

	private static Arbitrary<TumorDiameter> diameters() {
		return Arbitraries.oneOf(Arbitraries.of("0", "1.0", "1.99", "2", "2.0", "2.01", "4.5").map(TumorDiameter::ofCm),
				Arbitraries.bigDecimals().between(BigDecimal.ZERO, TumorDiameter.MAX_CM).ofScale(2).map(TumorDiameter::new));
	}

	@Provide
	Arbitrary<BwhFindings> partlyRecorded() {
		return Combinators.combine(diameters().injectNull(0.4), Arbitraries.of(Differentiation.class).injectNull(0.4),
				Arbitraries.of(true, false), Arbitraries.of(true, false),
				Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false)))
			.as(BwhFindings::new);
	}

	@Provide
	Arbitrary<BwhFindings> complete() {
		return Combinators.combine(diameters(), Arbitraries.of(Differentiation.class))
			.as((diameter, differentiation) -> new BwhFindings(diameter, differentiation, false, false, false));
	}

	static BwhFindings fill(BwhFindings tumour, BwhFindings filling) {
		return new BwhFindings(tumour.diameter() != null ? tumour.diameter() : filling.diameter(),
				tumour.differentiation() != null ? tumour.differentiation() : filling.differentiation(),
				tumour.perineuralNerveAtLeast01mm(), tumour.beyondSubcutaneousFat(), tumour.boneInvasion());
	}

	/** Both sides of 2 cm, and poor against not-poor differentiation. */
	static List<BwhFindings> representativeFillings() {
		List<BwhFindings> fillings = new ArrayList<>();
		for (String cm : List.of("1.0", "2.0")) {
			for (Differentiation d : List.of(Differentiation.WELL, Differentiation.MODERATE, Differentiation.POOR)) {
				fillings.add(new BwhFindings(TumorDiameter.ofCm(cm), d, false, false, false));
			}
		}
		return fillings;
	}

	private Determination<BwhT> t(BwhFindings tumour) {
		return policy.classify(tumour).value();
	}

	@Property
	void completeFindingsAreNeverIndeterminate(@ForAll("complete") BwhFindings tumour) {
		assertThat(t(tumour).isIndeterminate()).isFalse();
	}

	@Property(maxDiscardRatio = 20)
	void aKnownClassIsTheSameWhateverTheMissingInputsAre(@ForAll("partlyRecorded") BwhFindings tumour,
			@ForAll("complete") BwhFindings filling) {
		Determination<BwhT> t = t(tumour);
		Assume.that(!t.isIndeterminate());
		assertThat(t(fill(tumour, filling))).as("%s filled from %s", tumour, filling).isEqualTo(t);
	}

	@Property(maxDiscardRatio = 20)
	void anIndeterminateClassLiesWithinWhatTheFillingsGive(@ForAll("partlyRecorded") BwhFindings tumour,
			@ForAll("complete") BwhFindings filling) {
		Determination<BwhT> t = t(tumour);
		Assume.that(t.isIndeterminate());
		assertThat(t.possible()).contains(t(fill(tumour, filling)).value().orElseThrow());
	}

	@Property(maxDiscardRatio = 20)
	void anIndeterminateClassHasTwoFillingsThatDisagree(@ForAll("partlyRecorded") BwhFindings tumour) {
		Determination<BwhT> t = t(tumour);
		Assume.that(t.isIndeterminate());
		Set<BwhT> classes = new LinkedHashSet<>();
		for (BwhFindings filling : representativeFillings()) {
			classes.add(t(fill(tumour, filling)).value().orElseThrow());
		}
		assertThat(classes).as("%s", tumour).hasSizeGreaterThanOrEqualTo(2).containsExactlyInAnyOrderElementsOf(t.possible());
	}

	@Property(maxDiscardRatio = 20)
	void everyInputNamedMissingCanChangeTheClassOnItsOwn(@ForAll("partlyRecorded") BwhFindings tumour) {
		Determination<BwhT> t = t(tumour);
		Assume.that(t.isIndeterminate());
		List<String> unrecorded = new ArrayList<>();
		if (tumour.diameter() == null) {
			unrecorded.add("diameterCm");
		}
		if (tumour.differentiation() == null) {
			unrecorded.add("differentiation");
		}
		assertThat(t.missing()).as("%s", tumour).isEqualTo(unrecorded.stream().filter(f -> decisive(tumour, f)).toList())
			.isNotEmpty();
	}

	private boolean decisive(BwhFindings tumour, String field) {
		for (BwhFindings a : representativeFillings()) {
			for (BwhFindings b : representativeFillings()) {
				boolean onlyThisDiffers = field.equals("diameterCm") ? a.differentiation() == b.differentiation()
						: a.diameter().equals(b.diameter());
				if (onlyThisDiffers && !t(fill(tumour, a)).equals(t(fill(tumour, b)))) {
					return true;
				}
			}
		}
		return false;
	}
}
