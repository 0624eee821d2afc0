package org.cutis.biopsy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.BiopsyTechnique;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.PunchDiameter;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
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
	static final String MRN = "12345678";

	static LesionSummary lesion(Diagnosis impression) {
		return new LesionSummary(UUID.randomUUID(), UUID.randomUUID(), "L1", AnatomicSite.BACK, Laterality.LEFT,
				impression, null, Suspicion.HIGH, false);
	}

	static BiopsyOrder punch(String mm) {
		return new BiopsyOrder(BiopsyTechnique.PUNCH, mm == null ? null : new BigDecimal(mm), null, "new dark lesion",
				UUID.randomUUID(), false);
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
				case SIGNED -> s.signed(true, "path", NOW);
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
		BiopsyOrder bare = new BiopsyOrder(BiopsyTechnique.EXCISIONAL, null, null, " ", null, false);
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
				UUID.randomUUID(), false);
		if (warned) {
			assertThatThrownBy(() -> new Specimen("S", lesion(Diagnosis.MELANOMA), order, true, "derm", NOW))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("biopsy.melanoma.warning"));
			BiopsyOrder acknowledged = new BiopsyOrder(technique, null, null, "changing naevus", order.photoId(), true);
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
	void theWholeLoopRecordsWhoAndWhen() {
		Specimen s = at(SpecimenStatus.COMMUNICATED);
		assertThat(s.status()).isEqualTo(SpecimenStatus.COMMUNICATED);
		assertThat(s.collectedBy()).isEqualTo("nurse");
		assertThat(s.receivedBy()).isEqualTo("path");
		assertThat(s.reviewedBy()).isEqualTo("derm");
		assertThat(s.communicationMethod()).isEqualTo(CommunicationMethod.PHONE);
		assertThat(s.status().isOpen()).isFalse();
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
			case "signed" -> s.signed(false, "x", NOW);
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
		assertThatThrownBy(() -> at(SpecimenStatus.RECEIVED).reject("", "path", NOW)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void anAddendumOpensTheLoopAgain() {
		Specimen s = at(SpecimenStatus.COMMUNICATED);
		s.amended(true, NOW);
		assertThat(s.status()).isEqualTo(SpecimenStatus.SIGNED);
		assertThat(s.reviewedAt()).isNull();
		assertThat(s.amendedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> at(SpecimenStatus.REPORTED).amended(true, NOW)).isInstanceOf(RefusedTransition.class);
	}
}
