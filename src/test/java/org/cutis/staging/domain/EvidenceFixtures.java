package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.MetastasisType;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.cscc.Differentiation;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.MetastaticSite;

/** Tumour facts as pathology publishes them, and cancers built from them, for the staging domain tests. */
final class EvidenceFixtures {
	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
	private static int accession = 1;

	private EvidenceFixtures() {
	}

	static TumourFacts melanoma(String breslowMm, boolean ulceration) {
		return melanoma(SpecimenRole.DIAGNOSTIC, breslowMm, ulceration, false, false);
	}

	static TumourFacts melanoma(SpecimenRole role, String breslowMm, boolean ulceration, boolean microsatellites,
			boolean deepTransected) {
		return new TumourFacts(Diagnosis.MELANOMA, Diagnosis.MELANOMA.behaviour(), role, "superficial spreading",
				new TumourFacts.MelanomaPrimary(false, BreslowThickness.ofMm(breslowMm), null, ulceration,
						BigDecimal.ONE, microsatellites, role == SpecimenRole.RE_EXCISION ? true : null),
				null, new TumourFacts.Margins(deepTransected, null, deepTransected, null, deepTransected), null);
	}

	static TumourFacts notAssessable(BreslowNotAssessable why) {
		return new TumourFacts(Diagnosis.MELANOMA, Diagnosis.MELANOMA.behaviour(), SpecimenRole.DIAGNOSTIC, null,
				new TumourFacts.MelanomaPrimary(false, null, why, null, null, null, null), null, null, null);
	}

	static TumourFacts inSitu(SpecimenRole role) {
		return new TumourFacts(Diagnosis.MELANOMA_IN_SITU, Diagnosis.MELANOMA_IN_SITU.behaviour(), role, null,
				new TumourFacts.MelanomaPrimary(true, null, null, null, null, null,
						role == SpecimenRole.RE_EXCISION ? true : null),
				null, new TumourFacts.Margins(false, new BigDecimal("9"), false, new BigDecimal("4"), false), null);
	}

	static TumourFacts metastasis(MetastasisType type, UUID cancerId, MetastaticSite site) {
		return new TumourFacts(Diagnosis.MELANOMA_METASTASIS, Diagnosis.MELANOMA_METASTASIS.behaviour(),
				SpecimenRole.METASTASIS, null, null, null, null, new TumourFacts.Metastasis(type, cancerId, site));
	}

	static TumourFacts cscc(String depthMm, Differentiation differentiation) {
		return new TumourFacts(Diagnosis.CSCC, Diagnosis.CSCC.behaviour(), SpecimenRole.DIAGNOSTIC, null, null,
				new TumourFacts.KeratinocyteFeatures(differentiation, depthMm == null ? null : new BigDecimal(depthMm),
						false, false, null, List.of()),
				null, null);
	}

	static TumourFacts bcc(BccSubtype... subtypes) {
		return new TumourFacts(Diagnosis.BCC, Diagnosis.BCC.behaviour(), SpecimenRole.DIAGNOSTIC, null, null,
				new TumourFacts.KeratinocyteFeatures(null, null, null, false, null, List.of(subtypes)), null, null);
	}

	static Evidence.Source source(UUID reportId, int version, LocalDate signedOn) {
		return new Evidence.Source(reportId, UUID.randomUUID(), version, "S26-%06d".formatted(accession++), signedOn);
	}

	static Evidence.Source source(LocalDate signedOn) {
		return source(UUID.randomUUID(), 1, signedOn);
	}

	static CancerDiagnosis cancer(AnatomicSite site, String diameterMm, TumourFacts first, LocalDate signedOn) {
		return new CancerDiagnosis(new CancerDiagnosis.Primary(UUID.randomUUID(), UUID.randomUUID(), "L1", site,
				Laterality.LEFT, diameterMm == null ? null : new BigDecimal(diameterMm)), source(signedOn), first,
				"demo-path", NOW);
	}
}
