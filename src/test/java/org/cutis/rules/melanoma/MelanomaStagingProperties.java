package org.cutis.rules.melanoma;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.StagingClassification;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Monotonicity properties of AJCC 8th melanoma T and pathological stage grouping. */
class MelanomaStagingProperties {

	private final MelanomaTCategoryPolicy tPolicy = new MelanomaTCategoryPolicy();
	private final MelanomaStagePolicy stagePolicy = new MelanomaStagePolicy();

	@Provide
	Arbitrary<BigDecimal> thickness() {
		// Up to three decimals so that half-up rounding at 0.x5 is exercised.
		return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(3);
	}

	@Property
	void tNeverDecreasesAsThicknessGrows(@ForAll("thickness") BigDecimal a, @ForAll("thickness") BigDecimal b,
			@ForAll boolean ulceration) {
		BigDecimal thinner = a.min(b);
		BigDecimal thicker = a.max(b);
		MelanomaT tThin = tPolicy.classify(new BreslowThickness(thinner), ulceration);
		MelanomaT tThick = tPolicy.classify(new BreslowThickness(thicker), ulceration);
		assertThat(tThick.compareTo(tThin)).as("%s mm -> %s, %s mm -> %s", thinner, tThin, thicker, tThick).isGreaterThanOrEqualTo(0);
		assertThat(tThick.thicknessBand()).isGreaterThanOrEqualTo(tThin.thicknessBand());
	}

	@Property
	void ulcerationNeverLowersT(@ForAll("thickness") BigDecimal mm) {
		MelanomaT without = tPolicy.classify(new BreslowThickness(mm), false);
		MelanomaT with = tPolicy.classify(new BreslowThickness(mm), true);
		assertThat(with.compareTo(without)).as("%s mm: %s vs %s", mm, without, with).isGreaterThanOrEqualTo(0);
		assertThat(with.thicknessBand()).isEqualTo(without.thicknessBand());
	}

	@Provide
	Arbitrary<MelanomaT> stagedT() {
		return Arbitraries.of(MelanomaT.T0, MelanomaT.T1A, MelanomaT.T1B, MelanomaT.T2A, MelanomaT.T2B, MelanomaT.T3A,
				MelanomaT.T3B, MelanomaT.T4A, MelanomaT.T4B);
	}

	@Provide
	Arbitrary<MelanomaN> assessedN() {
		return Arbitraries.of(MelanomaN.values()).filter(n -> n != MelanomaN.NX);
	}

	/** N grows when neither the node-count level (1-3) nor the letter (a occult, b detected, c ITM) goes down. */
	private static boolean atLeast(MelanomaN bigger, MelanomaN smaller) {
		if (smaller == MelanomaN.N0) {
			return true;
		}
		if (bigger == MelanomaN.N0) {
			return false;
		}
		int levelBig = bigger.code().charAt(1);
		int levelSmall = smaller.code().charAt(1);
		return levelBig >= levelSmall && bigger.code().charAt(2) >= smaller.code().charAt(2);
	}

	@Property
	void pathologicalStageNeverDecreasesAsNGrows(@ForAll("stagedT") MelanomaT t, @ForAll("assessedN") MelanomaN a,
			@ForAll("assessedN") MelanomaN b) {
		Assume.that(atLeast(b, a));
		MelanomaStage lower = stageOrNull(t, a);
		MelanomaStage higher = stageOrNull(t, b);
		Assume.that(lower != null && higher != null);
		assertThat(higher.compareTo(lower)).as("%s %s -> %s, %s %s -> %s", t, a, lower, t, b, higher).isGreaterThanOrEqualTo(0);
	}

	@Property
	void distantMetastasisIsAlwaysStageFour(@ForAll("stagedT") MelanomaT t, @ForAll MelanomaN n, @ForAll MCategory m,
			@ForAll LdhLevel ldh, @ForAll StagingClassification classification) {
		Assume.that(m.isDistant());
		assertThat(stagePolicy.stage(classification, t, n, new MelanomaM(m, ldh)).value()).isEqualTo(MelanomaStage.IV);
	}

	private MelanomaStage stageOrNull(MelanomaT t, MelanomaN n) {
		try {
			return stagePolicy.stage(StagingClassification.PATHOLOGICAL, t, n, MelanomaM.M0).value();
		} catch (InvalidInputException notApplicable) {
			return null;
		}
	}
}
