package org.cutis.biopsy.domain;

import org.cutis.biopsy.BiopsyOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.PunchDiameter;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.domain.SpecimenStep.What;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.lesion.LesionSummary;
import org.cutis.lesion.Suspicion;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecimenTests {
	static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
	static final Instant LATER = Instant.parse("2026-03-09T01:00:00Z");
	static final String MRN = "12345678";

	static LesionSummary lesion(Diagnosis impression) {
		return new LesionSummary(UUID.randomUUID(), UUID.randomUUID(), "L1", AnatomicSite.BACK, Laterality.LEFT,
				impression, null, Suspicion.HIGH, false);
	}

	static BiopsyOrder punch(String mm) {
		return new BiopsyOrder(BiopsyTechnique.PUNCH, mm == null ? null : new BigDecimal(mm), null, "new dark lesion",
				UUID.randomUUID(), false, null);
	}

	static Specimen ordered() {
		return new Specimen("S26-000001", lesion(Diagnosis.BCC), punch(null), true, "derm", NOW);
	}

	/** Walks a specimen to the given state along the allowed path. */
	static Specimen at(SpecimenStatus target) {
		Specimen s = ordered();
		SpecimenStatus[] path = { SpecimenStatus.COLLECTED, SpecimenStatus.SENT, SpecimenStatus.RECEIVED,
				SpecimenStatus.GROSSED, SpecimenStatus.REPORTED, SpecimenStatus.SIGNED, SpecimenStatus.REVIEWED,
				SpecimenStatus.COMMUNICATED };
		for (SpecimenStatus step : path) {
			if (s.status() == target) {
				break;
			}
			switch (step) {
				case COLLECTED -> s.collect("nurse", NOW);
				case SENT -> s.send("nurse", NOW);
				case RECEIVED -> s.receive("S26-000001", MRN, MRN, AnatomicSite.BACK, "path", NOW);
				case GROSSED -> s.gross("path", NOW);
				case REPORTED -> s.reported("path", NOW);
				case SIGNED -> s.signed(Behaviour.MALIGNANT, "path", NOW);
				case REVIEWED -> s.review("derm", NOW);
				case COMMUNICATED -> s.communicate(CommunicationMethod.PHONE, "nurse", NOW);
				default -> throw new IllegalStateException();
			}
		}
		return s;
	}

	@Test
	void aPunchWithoutDiameterGetsTheCentersThreeMillimetres() {
		assertThat(ordered().punchDiameterMm()).isEqualByComparingTo("3");
		assertThat(PunchDiameter.DEFAULT.mm()).isEqualByComparingTo("3");
	}

	@ParameterizedTest
	@CsvSource({ "0.5", "12", "8.1" })
	void refusesAPunchOutsideOneToEightMillimetres(String mm) {
		assertThatThrownBy(() -> new Specimen("S", lesion(Diagnosis.BCC), punch(mm), true, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems()).anyMatch(p -> p.messageKey().equals("biopsy.punch.range")));
	}

	@Test
	void requiresHistoryAndAPhotoOfThisLesionAllAtOnce() {
		BiopsyOrder bare = new BiopsyOrder(BiopsyTechnique.EXCISIONAL, null, null, " ", null, false, null);
		assertThatThrownBy(() -> new Specimen("S", lesion(Diagnosis.BCC), bare, false, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
				.containsExactlyInAnyOrder("excisionMarginMm", "clinicalHistory", "photoId"));
		assertThatThrownBy(() -> new Specimen("S", lesion(Diagnosis.BCC), punch("3"), false, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("biopsy.photo.notOfLesion"));
	}

	@ParameterizedTest
	@CsvSource({ "SHAVE,true", "INCISIONAL,true", "SAUCERIZATION,false", "EXCISIONAL,false", "PUNCH,false" })
	void warnsBeforeAShaveOrIncisionalBiopsyOfASuspectedMelanoma(BiopsyTechnique technique, boolean warned) {
		BiopsyOrder order = new BiopsyOrder(technique, null,
				technique == BiopsyTechnique.EXCISIONAL ? new BigDecimal("2") : null, "changing naevus",
				UUID.randomUUID(), false, null);
		if (warned) {
			assertThatThrownBy(() -> new Specimen("S", lesion(Diagnosis.MELANOMA), order, true, "derm", NOW))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("biopsy.melanoma.warning"));
			BiopsyOrder acknowledged = new BiopsyOrder(technique, null, null, "changing naevus", order.photoId(), true,
					null);
			assertThat(new Specimen("S", lesion(Diagnosis.MELANOMA), acknowledged, true, "derm", NOW)
				.melanomaWarningAcknowledged()).isTrue();
		}
		else {
			assertThat(new Specimen("S", lesion(Diagnosis.MELANOMA), order, true, "derm", NOW).status())
				.isEqualTo(SpecimenStatus.ORDERED);
		}
		// the same technique for a basal cell carcinoma is not warned about
		assertThat(new Specimen("S", lesion(Diagnosis.BCC), order, true, "derm", NOW).status())
			.isEqualTo(SpecimenStatus.ORDERED);
	}

	@Test
	void aPunchNarrowerThanASuspectedMelanomaIsPartialAndWantsAnAcknowledgementNamingBothSizes() {
		LesionSummary eightMm = new LesionSummary(UUID.randomUUID(), UUID.randomUUID(), "L1", AnatomicSite.BACK,
				Laterality.LEFT, Diagnosis.MELANOMA, null, Suspicion.HIGH, false, new BigDecimal("8"));
		BiopsyOrder threeMm = new BiopsyOrder(BiopsyTechnique.PUNCH, new BigDecimal("3"), null, "changing naevus",
				UUID.randomUUID(), false, null);
		assertThatThrownBy(() -> new Specimen("S", eightMm, threeMm, true, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems().get(0).field()).isEqualTo("punchDiameterMm");
				assertThat(e.problems().get(0).messageKey()).isEqualTo("biopsy.melanoma.partialPunch");
				assertThat(e.problems().get(0).args()).containsExactly("3", "8");
			});
		BiopsyOrder acknowledged = new BiopsyOrder(BiopsyTechnique.PUNCH, new BigDecimal("3"), null, "changing naevus",
				threeMm.photoId(), true, null);
		assertThat(new Specimen("S", eightMm, acknowledged, true, "derm", NOW).melanomaWarningAcknowledged()).isTrue();
		// a punch as wide as the lesion takes all of it; a punch of a metastasis does not stage a primary
		assertThat(new Specimen("S", eightMm, new BiopsyOrder(BiopsyTechnique.PUNCH, new BigDecimal("8"), null, "x",
				threeMm.photoId(), false, null), true, "derm", NOW).melanomaWarningAcknowledged()).isFalse();
		assertThat(new Specimen("S", eightMm, new BiopsyOrder(BiopsyTechnique.PUNCH, new BigDecimal("3"), null, "x",
				threeMm.photoId(), false, SpecimenRole.METASTASIS), true, "derm", NOW).status())
			.isEqualTo(SpecimenStatus.ORDERED);
	}

	@Test
	void theWholeLoopRecordsWhoAndWhenAsAListOfSteps() {
		Specimen s = at(SpecimenStatus.COMMUNICATED);
		assertThat(s.status()).isEqualTo(SpecimenStatus.COMMUNICATED);
		assertThat(s.steps()).extracting(SpecimenStep::what)
			.containsExactly(What.ORDERED, What.COLLECTED, What.SENT, What.RECEIVED, What.GROSSED, What.REPORTED,
					What.SIGNED, What.REVIEWED, What.COMMUNICATED);
		assertThat(s.steps()).extracting(SpecimenStep::by)
			.containsExactly("derm", "nurse", "nurse", "path", "path", "path", "path", "derm", "nurse");
		assertThat(s.steps()).allMatch(step -> step.at().equals(NOW));
		assertThat(s.latest(What.COLLECTED).orElseThrow().by()).isEqualTo("nurse");
		assertThat(s.latest(What.COMMUNICATED).orElseThrow().communicationMethod()).isEqualTo(CommunicationMethod.PHONE);
		assertThat(s.latest(What.REJECTED)).isEmpty();
		assertThat(s.resultBehaviour()).isEqualTo(Behaviour.MALIGNANT);
		assertThat(s.status().isOpen()).isFalse();
		assertThatThrownBy(() -> s.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void everyStepRefusedLeavesTheListAsItWas() {
		Specimen s = at(SpecimenStatus.SENT);
		assertThatThrownBy(() -> s.receive("S26-000002", MRN, MRN, AnatomicSite.BACK, "path", NOW))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> s.reject(" ", "path", NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> s.review("derm", NOW)).isInstanceOf(RefusedTransition.class);
		assertThat(s.steps()).extracting(SpecimenStep::what).containsExactly(What.ORDERED, What.COLLECTED, What.SENT);
	}

	@ParameterizedTest
	@CsvSource({ "ORDERED,send", "ORDERED,receive", "COLLECTED,gross", "RECEIVED,review", "SIGNED,communicate",
			"REPORTED,review", "COMMUNICATED,collect", "GROSSED,reject", "ORDERED,signed", "REVIEWED,reported" })
	void refusesStepsOutOfOrder(SpecimenStatus state, String step) {
		Specimen s = at(state);
		assertThatThrownBy(() -> step(s, step)).isInstanceOfSatisfying(RefusedTransition.class,
				e -> assertThat(e.messageKey()).isEqualTo("biopsy.transition.refused"));
	}

	private static void step(Specimen s, String step) {
		switch (step) {
			case "collect" -> s.collect("x", NOW);
			case "send" -> s.send("x", NOW);
			case "receive" -> s.receive("S26-000001", MRN, MRN, AnatomicSite.BACK, "x", NOW);
			case "gross" -> s.gross("x", NOW);
			case "review" -> s.review("x", NOW);
			case "communicate" -> s.communicate(CommunicationMethod.PHONE, "x", NOW);
			case "reject" -> s.reject("leaked", "x", NOW);
			case "signed" -> s.signed(Behaviour.BENIGN, "x", NOW);
			case "reported" -> s.reported("x", NOW);
			default -> throw new IllegalArgumentException(step);
		}
	}

	@Test
	void receivingRefusesAWrongIdPatientOrSiteAndChangesNothing() {
		Specimen s = at(SpecimenStatus.SENT);
		assertThatThrownBy(() -> s.receive("S26-000002", "87654321", MRN, AnatomicSite.CHEST, "path", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
				.containsExactly("accession", "mrn", "site"));
		assertThat(s.status()).isEqualTo(SpecimenStatus.SENT);
	}

	@Test
	void aVoidedSpecimenCannotBeReceivedOrVoidedAgain() {
		Specimen s = at(SpecimenStatus.SENT);
		s.voidRecord("ordered on the wrong lesion", "derm", NOW);
		assertThatThrownBy(() -> s.receive("S26-000001", MRN, MRN, AnatomicSite.BACK, "path", NOW))
			.isInstanceOfSatisfying(RefusedTransition.class,
					e -> assertThat(e.messageKey()).isEqualTo("biopsy.specimen.voided"));
		assertThatThrownBy(() -> s.voidRecord("again", "derm", NOW)).isInstanceOf(RefusedTransition.class);
		assertThatThrownBy(() -> at(SpecimenStatus.SENT).voidRecord(" ", "derm", NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> at(SpecimenStatus.COMMUNICATED).voidRecord("late", "derm", NOW))
			.isInstanceOfSatisfying(RefusedTransition.class,
					e -> assertThat(e.messageKey()).isEqualTo("biopsy.transition.refused"));
	}

	@Test
	void aVoidAndARejectionKeepTheirReasonOnTheirStep() {
		Specimen voided = at(SpecimenStatus.SENT);
		voided.voidRecord("  ordered on the wrong lesion ", "derm", LATER);
		SpecimenStep step = voided.latest(What.VOIDED).orElseThrow();
		assertThat(step.reason()).isEqualTo("ordered on the wrong lesion");
		assertThat(step.by()).isEqualTo("derm");
		assertThat(step.at()).isEqualTo(LATER);
		assertThat(voided.voidReason()).isEqualTo("ordered on the wrong lesion");
		assertThat(voided.rejectReason()).isNull();

		Specimen rejected = at(SpecimenStatus.RECEIVED);
		rejected.reject("formalin leaked", "path", LATER);
		assertThat(rejected.latest(What.REJECTED).orElseThrow().reason()).isEqualTo("formalin leaked");
		assertThat(rejected.rejectReason()).isEqualTo("formalin leaked");
		// the other steps carry no reason
		assertThat(rejected.steps().subList(0, 4)).allMatch(s -> s.reason() == null);
	}

	@Test
	void aRejectedSpecimenLeavesARecollectionWithTheSameOrder() {
		Specimen s = at(SpecimenStatus.RECEIVED);
		s.reject("unlabelled container", "path", NOW);
		Specimen again = s.recollection("S26-000009", "path", NOW);
		assertThat(s.status()).isEqualTo(SpecimenStatus.REJECTED);
		assertThat(again.status()).isEqualTo(SpecimenStatus.ORDERED);
		assertThat(again.recollectionOf()).isEqualTo(s.id());
		assertThat(again.technique()).isEqualTo(s.technique());
		assertThat(again.role()).isEqualTo(s.role());
		assertThat(again.steps()).extracting(SpecimenStep::what).containsExactly(What.ORDERED);
		assertThatThrownBy(() -> at(SpecimenStatus.RECEIVED).reject("", "path", NOW)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void anAddendumOpensTheLoopAgainAndKeepsTheFirstReviewAndCommunication() {
		Specimen s = at(SpecimenStatus.COMMUNICATED);
		s.amended(Behaviour.IN_SITU, LATER);
		assertThat(s.status()).isEqualTo(SpecimenStatus.SIGNED);
		assertThat(s.resultBehaviour()).isEqualTo(Behaviour.IN_SITU);
		assertThat(s.resultAt()).contains(LATER);
		SpecimenStep amendment = s.latest(What.AMENDED).orElseThrow();
		assertThat(amendment.at()).isEqualTo(LATER);
		assertThat(amendment.by()).isNull();
		// who reviewed and who told the patient the first time stays readable
		assertThat(s.latest(What.REVIEWED).orElseThrow().by()).isEqualTo("derm");
		assertThat(s.latest(What.COMMUNICATED).orElseThrow().communicationMethod())
			.isEqualTo(CommunicationMethod.PHONE);

		s.review("derm2", LATER.plusSeconds(60));
		s.communicate(CommunicationMethod.IN_PERSON, "nurse2", LATER.plusSeconds(120));
		assertThat(s.steps()).extracting(SpecimenStep::what).endsWith(What.SIGNED, What.REVIEWED, What.COMMUNICATED,
				What.AMENDED, What.REVIEWED, What.COMMUNICATED);
		assertThat(s.steps().stream().filter(step -> step.what() == What.REVIEWED).map(SpecimenStep::by))
			.containsExactly("derm", "derm2");
		assertThat(s.latest(What.REVIEWED).orElseThrow().by()).isEqualTo("derm2");
		assertThatThrownBy(() -> at(SpecimenStatus.REPORTED).amended(Behaviour.MALIGNANT, NOW))
			.isInstanceOf(RefusedTransition.class);
	}

	@Test
	void aBiopsyIsDiagnosticUnlessItsPurposeIsSaid() {
		assertThat(ordered().role()).isEqualTo(SpecimenRole.DIAGNOSTIC);
		assertThat(ordered().summary().role()).isEqualTo(SpecimenRole.DIAGNOSTIC);
		BiopsyOrder reExcision = new BiopsyOrder(BiopsyTechnique.EXCISIONAL, null, new BigDecimal("10"),
				"wide local excision after melanoma 1.6 mm", UUID.randomUUID(), false, SpecimenRole.RE_EXCISION);
		Specimen s = new Specimen("S", lesion(Diagnosis.MELANOMA), reExcision, true, "surgeon", NOW);
		assertThat(s.role()).isEqualTo(SpecimenRole.RE_EXCISION);
		assertThat(s.summary().role()).isEqualTo(SpecimenRole.RE_EXCISION);
	}

	@ParameterizedTest
	@CsvSource({ "SENTINEL_NODE", "LYMPH_NODE_DISSECTION" })
	void aBiopsyOfALesionIsNotANodalSpecimen(SpecimenRole role) {
		BiopsyOrder order = new BiopsyOrder(BiopsyTechnique.PUNCH, null, null, "node", UUID.randomUUID(), false, role);
		assertThatThrownBy(() -> new Specimen("S", lesion(Diagnosis.MELANOMA), order, true, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems()).extracting(p -> p.field()).containsExactly("purpose");
				assertThat(e.problems().get(0).messageKey()).isEqualTo("biopsy.purpose.invalid");
				assertThat(e.problems().get(0).args()).containsExactly(role.code(),
						"diagnostic, re-excision, recurrence, metastasis");
			});
	}

	@Test
	void everyStateHasItsStep() {
		for (SpecimenStatus state : SpecimenStatus.values()) {
			assertThat(What.valueOf(state.name()).state()).isEqualTo(state);
		}
		assertThat(What.AMENDED.state()).isNull();
	}
}
