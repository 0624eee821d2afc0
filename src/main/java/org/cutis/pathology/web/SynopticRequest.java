package org.cutis.pathology.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.MetastasisType;
import org.cutis.pathology.Synoptic;
import org.cutis.rules.common.Coded;
import org.cutis.rules.melanoma.MetastaticSite;
import org.cutis.shared.InvalidInput;

/**
 * The flat JSON of a synoptic report (and of an addendum's corrected findings): codes are read as
 * strings first so an unknown one comes back as a field error naming the allowed values.
 */
record SynopticRequest(String diagnosis, String behaviour, String diagnosisText, String microscopy,
		String histologicSubtype, BigDecimal breslowMm, String breslowNotAssessable, Boolean ulceration,
		BigDecimal mitoticRatePerMm2, Boolean microsatellites, Boolean lymphovascularInvasion, Boolean neurotropism,
		Boolean regression, String tils, String clarkLevel, String differentiation, BigDecimal tumourDepthMm,
		Boolean beyondSubcutaneousFat, Boolean perineuralInvasion, BigDecimal nerveCalibreMm, String bccSubtypes,
		Boolean peripheralMarginInvolved, BigDecimal peripheralMarginMm, Boolean deepMarginInvolved,
		BigDecimal deepMarginMm, Boolean deepMarginTransected, String metastasisType, UUID cancerId,
		String distantSite) {

	Synoptic synoptic() {
		return new Synoptic(code("diagnosis", diagnosis, Diagnosis.values(), Diagnosis::code),
				code("behaviour", behaviour, Behaviour.values(), Behaviour::code), diagnosisText, microscopy,
				histologicSubtype,
				new Synoptic.Melanoma(breslowMm,
						code("breslowNotAssessable", breslowNotAssessable, BreslowNotAssessable.values(),
								BreslowNotAssessable::code),
						ulceration, mitoticRatePerMm2, microsatellites, lymphovascularInvasion, neurotropism, regression,
						tils, clarkLevel),
				new Synoptic.Squamous(differentiation, tumourDepthMm, beyondSubcutaneousFat, perineuralInvasion,
						nerveCalibreMm, bccSubtypes),
				new Synoptic.Margins(peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved, deepMarginMm,
						deepMarginTransected),
				new Synoptic.Metastasis(code("metastasisType", metastasisType, MetastasisType.values(), MetastasisType::code),
						cancerId, code("distantSite", distantSite, MetastaticSite.values(), Coded::code)));
	}

	static <E> E code(String field, String given, E[] values, Function<E, String> code) {
		if (given == null || given.isBlank()) {
			return null;
		}
		return Arrays.stream(values)
			.filter(v -> code.apply(v).equals(given.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInput(field, "error.field.oneOf",
					String.join(", ", Arrays.stream(values).map(code).toList())));
	}
}
