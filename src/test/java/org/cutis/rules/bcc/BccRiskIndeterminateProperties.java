package org.cutis.rules.bcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cutis.rules.common.AnatomicSite;
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
 * Issue 8, finding 12: a missing site, diameter, border or subtype never gives "low". A known
 * answer holds for every value the missing inputs could take; an indeterminate one really is
 * decided by them, and every input it names can change it.
 */
class BccRiskIndeterminateProperties {

	private final BccRiskPolicy policy = new BccRiskPolicy();

	private static Arbitrary<TumorDiameter> diameters() {
		return Arbitraries.oneOf(
				Arbitraries.of("0", "0.5", "0.59", "0.6", "1.0", "1.99", "2", "2.0", "2.01", "2.5").map(TumorDiameter::ofCm),
				Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3")).ofScale(2).map(TumorDiameter::new),
				Arbitraries.bigDecimals().between(BigDecimal.ZERO, TumorDiameter.MAX_CM).ofScale(2).map(TumorDiameter::new));
	}

	private static Arbitrary<Boolean> rarely() {
		return Arbitraries.frequency(Tuple.of(1, true), Tuple.of(8, false));
	}

	/**
	 * Findings with each of site, diameter, borders and subtype possibly missing; biased towards
	 * low-risk values so that low and indeterminate answers are as common as high ones.
	 */
	@Provide
	Arbitrary<BccFindings> partlyRecorded() {
		Arbitrary<AnatomicSite> sites = Arbitraries.frequencyOf(
				Tuple.of(2, Arbitraries.of(AnatomicSite.class).filter(s -> !BccLocation.of(s).isHighRiskAtAnySize())),
				Tuple.of(1, Arbitraries.of(AnatomicSite.class)));
		Arbitrary<Boolean> poorlyDefined = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false));
		Arbitrary<BccSubtype> subtypes = Arbitraries.frequencyOf(
				Tuple.of(2, Arbitraries.of(BccSubtype.class).filter(s -> !s.isAggressive())),
				Tuple.of(1, Arbitraries.of(BccSubtype.class)));
		return Combinators.combine(sites.injectNull(0.4), diameters().injectNull(0.4), poorlyDefined.injectNull(0.4),
				rarely(), rarely(), subtypes.injectNull(0.4), rarely()).as(BccFindings::new);
	}

	@Provide
	Arbitrary<BccFindings> complete() {
		return Combinators.combine(Arbitraries.of(AnatomicSite.class), diameters(), Arbitraries.of(true, false),
				Arbitraries.of(false), Arbitraries.of(false), Arbitraries.of(BccSubtype.class), Arbitraries.of(false))
			.as(BccFindings::new);
	}

	/** The recorded findings, with the missing categorical and numeric inputs taken from the filling. */
	static BccFindings fill(BccFindings bcc, BccFindings filling) {
		return new BccFindings(bcc.site() != null ? bcc.site() : filling.site(),
				bcc.diameter() != null ? bcc.diameter() : filling.diameter(),
				bcc.poorlyDefined() != null ? bcc.poorlyDefined() : filling.poorlyDefined(), bcc.recurrent(),
				bcc.priorRadiotherapy(), bcc.subtype() != null ? bcc.subtype() : filling.subtype(), bcc.perineural());
	}

	/** Fillings that reach every NCCN location, both sides of 2 cm, both borders and both subtype groups. */
	static List<BccFindings> representativeFillings() {
		List<BccFindings> fillings = new ArrayList<>();
		for (AnatomicSite site : List.of(AnatomicSite.NOSE, AnatomicSite.CHEEK, AnatomicSite.BACK)) {
			for (String cm : List.of("1.0", "2.0")) {
				for (boolean poorly : List.of(false, true)) {
					for (BccSubtype subtype : List.of(BccSubtype.NODULAR, BccSubtype.INFILTRATIVE)) {
						fillings.add(new BccFindings(site, TumorDiameter.ofCm(cm), poorly, false, false, subtype, false));
					}
				}
			}
		}
		return fillings;
	}

	private Determination<BccRisk> risk(BccFindings bcc) {
		return policy.assess(bcc).value();
	}

	@Property
	void completeFindingsAreNeverIndeterminate(@ForAll("complete") BccFindings bcc) {
		assertThat(risk(bcc).isIndeterminate()).isFalse();
	}

	@Property(maxDiscardRatio = 20)
	void aKnownAnswerIsTheSameWhateverTheMissingInputsAre(@ForAll("partlyRecorded") BccFindings bcc,
			@ForAll("complete") BccFindings filling) {
		Determination<BccRisk> risk = risk(bcc);
		Assume.that(!risk.isIndeterminate());
		assertThat(risk(fill(bcc, filling))).as("%s filled from %s", bcc, filling).isEqualTo(risk);
	}

	@Property(maxDiscardRatio = 20)
	void anIndeterminateAnswerLiesWithinWhatTheFillingsGive(@ForAll("partlyRecorded") BccFindings bcc,
			@ForAll("complete") BccFindings filling) {
		Determination<BccRisk> risk = risk(bcc);
		Assume.that(risk.isIndeterminate());
		assertThat(risk.possible()).contains(risk(fill(bcc, filling)).value().orElseThrow());
	}

	@Property(maxDiscardRatio = 20)
	void anIndeterminateAnswerHasTwoFillingsThatDisagree(@ForAll("partlyRecorded") BccFindings bcc) {
		Determination<BccRisk> risk = risk(bcc);
		Assume.that(risk.isIndeterminate());
		Set<BccRisk> answers = EnumSet.noneOf(BccRisk.class);
		for (BccFindings filling : representativeFillings()) {
			answers.add(risk(fill(bcc, filling)).value().orElseThrow());
		}
		assertThat(answers).as("%s", bcc).hasSizeGreaterThanOrEqualTo(2).isEqualTo(risk.possible());
	}

	@Property(maxDiscardRatio = 20)
	void everyInputNamedMissingCanChangeTheAnswerOnItsOwn(@ForAll("partlyRecorded") BccFindings bcc) {
		Determination<BccRisk> risk = risk(bcc);
		Assume.that(risk.isIndeterminate());
		assertThat(risk.missing()).as("%s", bcc).allSatisfy(field -> assertThat(decisive(bcc, field)).as(field).isTrue());
		List<String> unrecorded = new ArrayList<>();
		if (bcc.site() == null) {
			unrecorded.add("site");
		}
		if (bcc.diameter() == null) {
			unrecorded.add("diameterCm");
		}
		if (bcc.poorlyDefined() == null) {
			unrecorded.add("borders");
		}
		if (bcc.subtype() == null) {
			unrecorded.add("subtype");
		}
		// the inputs not named cannot change it, and the names keep the contract's order
		assertThat(risk.missing()).isEqualTo(unrecorded.stream().filter(field -> decisive(bcc, field)).toList());
	}

	/** Whether two fillings that differ only in this input give different answers. */
	private boolean decisive(BccFindings bcc, String field) {
		for (BccFindings a : representativeFillings()) {
			for (BccFindings b : representativeFillings()) {
				boolean onlyThisDiffers = switch (field) {
					case "site" -> a.diameter().equals(b.diameter()) && a.poorlyDefined().equals(b.poorlyDefined()) && a.subtype() == b.subtype();
					case "diameterCm" -> a.site() == b.site() && a.poorlyDefined().equals(b.poorlyDefined()) && a.subtype() == b.subtype();
					case "borders" -> a.site() == b.site() && a.diameter().equals(b.diameter()) && a.subtype() == b.subtype();
					case "subtype" -> a.site() == b.site() && a.diameter().equals(b.diameter()) && a.poorlyDefined().equals(b.poorlyDefined());
					default -> throw new IllegalArgumentException(field);
				};
				if (onlyThisDiffers && !risk(fill(bcc, a)).equals(risk(fill(bcc, b)))) {
					return true;
				}
			}
		}
		return false;
	}
}
