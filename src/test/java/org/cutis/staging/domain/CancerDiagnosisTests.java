package org.cutis.staging.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.MetastasisType;
import org.cutis.clinical.SpecimenRole;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.melanoma.MetastaticSite;
import org.cutis.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cutis.staging.domain.EvidenceFixtures.NOW;
import static org.cutis.staging.domain.EvidenceFixtures.cancer;
import static org.cutis.staging.domain.EvidenceFixtures.melanoma;
import static org.cutis.staging.domain.EvidenceFixtures.source;

/** The cancer's evidence: added, never replaced; the same report twice changes nothing. */
class CancerDiagnosisTests {
	static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

	@Test
	void theSameReportTwiceChangesNothingAndALaterVersionSupersedesTheEarlier() {
		CancerDiagnosis c = cancer(AnatomicSite.BACK, "8", melanoma("1.6", true), MARCH);
		UUID report = c.evidence().get(0).reportId();
		assertThat(c.add(source(report, 1, MARCH), melanoma("1.6", true), NOW)).isEmpty();
		assertThat(c.add(source(report, 2, MARCH.plusDays(9)), melanoma("3.2", true), NOW))
			.singleElement()
			.asString()
			.contains("breslowMm: 1.6 → 3.2");
		assertThat(c.evidence()).hasSize(2);
		assertThat(c.active()).singleElement().satisfies(e -> {
			assertThat(e.findingsVersion()).isEqualTo(2);
			// a correction keeps the report's signing date: the diagnosis date does not move
			assertThat(e.signedOn()).isEqualTo(MARCH);
		});
		assertThat(c.diagnosisDate()).isEqualTo(MARCH);
	}

	/** Finding 1: a later specimen never moves the date of the first histological diagnosis. */
	@Test
	void theDiagnosisDateIsTheFirstHistologicalDiagnosisAndAnInvasiveSpecimenMakesItInvasive() {
		CancerDiagnosis c = cancer(AnatomicSite.BACK, "8", EvidenceFixtures.inSitu(SpecimenRole.DIAGNOSTIC), MARCH);
		assertThat(c.diagnosis()).isEqualTo(Diagnosis.MELANOMA_IN_SITU);
		c.add(source(MARCH.plusDays(20)), melanoma(SpecimenRole.RE_EXCISION, "0.4", false, false, false), NOW);
		assertThat(c.diagnosis()).isEqualTo(Diagnosis.MELANOMA);
		assertThat(c.diagnosisDate()).isEqualTo(MARCH);
		assertThat(c.combined().thickness().measuredMm()).isEqualByComparingTo("0.4");
	}

	@Test
	void aMetastasisAndItsCorrectionAddToThePrimary() {
		CancerDiagnosis c = cancer(AnatomicSite.BACK, "8", melanoma("1.5", false), MARCH);
		UUID report = UUID.randomUUID();
		c.add(source(report, 1, MARCH.plusDays(30)),
				EvidenceFixtures.metastasis(MetastasisType.IN_TRANSIT, c.id(), null), NOW);
		assertThat(c.combined().itm()).isTrue();
		assertThat(c.add(source(report, 2, MARCH.plusDays(31)),
				EvidenceFixtures.metastasis(MetastasisType.DISTANT, c.id(), MetastaticSite.LUNG), NOW)).isNotEmpty();
		assertThat(c.combined().itm()).isFalse();
		assertThat(c.combined().distantSites()).containsExactly(MetastaticSite.LUNG);
	}

	@Test
	void unchangedClinicalFindingsAreRefused() {
		CancerDiagnosis c = cancer(AnatomicSite.BACK, "10", EvidenceFixtures.bcc(), MARCH);
		assertThat(c.record(new ClinicalFindings(true, false, false, false), "derm", NOW))
			.containsExactly("borders: - → poorly-defined");
		assertThatThrownBy(() -> c.record(new ClinicalFindings(true, false, false, false), "derm", NOW))
			.isInstanceOf(InvalidInput.class);
	}
}
