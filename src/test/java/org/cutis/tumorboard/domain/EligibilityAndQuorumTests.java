package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityAndQuorumTests {
	static final EligibilityRules DEFAULTS = new EligibilityRules("IB", true, "T3", "T2b", true);

	static CancerStaged staged(DiagnosisKind kind, String stage, String t, String bwh, boolean inSitu, boolean recurrence,
			boolean discordant) {
		return new CancerStaged(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), kind, null,
				LocalDate.now(), stage, null, null, t, bwh, inSitu, recurrence, discordant, List.of());
	}

	@Test
	void invasiveMelanomaFromStageIbIsProposed() {
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.MELANOMA, "IA", "pT1b", null, false, false, false))).isEmpty();
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.MELANOMA, "IB", "pT2a", null, false, false, false)))
			.containsExactly(EligibilityReason.MELANOMA_STAGE);
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.MELANOMA, "IIIA", "pT2a", null, false, false, false)))
			.containsExactly(EligibilityReason.MELANOMA_STAGE);
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.MELANOMA, "0", "pTis", null, true, false, false))).isEmpty();
		assertThat(new EligibilityRules("IIA", true, "T3", "T2b", true)
			.reasons(staged(DiagnosisKind.MELANOMA, "IB", "pT2a", null, false, false, false))).isEmpty();
	}

	@Test
	void highRiskCsccByAjccT3OrBwhT2b() {
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.CSCC, "II", "pT2", "T2a", false, false, false))).isEmpty();
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.CSCC, "III", "pT3", "T2a", false, false, false)))
			.containsExactly(EligibilityReason.HIGH_RISK_CSCC);
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.CSCC, null, null, "T2b", false, false, false)))
			.containsExactly(EligibilityReason.HIGH_RISK_CSCC);
	}

	@Test
	void recurrenceAndDiscordanceAreProposedWhateverTheStage() {
		assertThat(DEFAULTS.reasons(staged(DiagnosisKind.BCC, "high", null, null, false, true, true)))
			.containsExactly(EligibilityReason.RECURRENCE, EligibilityReason.DISCORDANT);
		assertThat(new EligibilityRules("IB", false, "T3", "T2b", false)
			.reasons(staged(DiagnosisKind.BCC, "high", null, null, false, true, true))).isEmpty();
	}

	@Test
	void quorumNamesTheMissingDepartmentsIncludingThoseTheCaseNeeds() {
		Quorum quorum = new Quorum(EnumSet.of(Department.DERMATOLOGY, Department.PATHOLOGY, Department.HEMATOLOGY_ONCOLOGY));
		BoardCase c = new BoardCase(UUID.randomUUID(), UUID.randomUUID(), EligibilityReason.SUBMITTED, null, "IIIA", null,
				"derm", Instant.now());
		c.describe("WLE margin?", 0, null, true, false);
		Meeting meeting = new Meeting(UUID.randomUUID(), "Board", Instant.now().plusSeconds(7200),
				Instant.now().plusSeconds(3600), "Room 3", null, "chair", "nurse", Instant.now());
		c.accept(meeting, "nurse", Instant.now());
		c.recordAttendance(List.of(new Attendee(Department.DERMATOLOGY, null), new Attendee(Department.HEMATOLOGY_ONCOLOGY, "onc")));
		assertThat(quorum.missing(c)).containsExactly(Department.PLASTIC_SURGERY, Department.PATHOLOGY);
		c.recordAttendance(List.of(new Attendee(Department.DERMATOLOGY, null), new Attendee(Department.HEMATOLOGY_ONCOLOGY, null),
				new Attendee(Department.PATHOLOGY, null), new Attendee(Department.PLASTIC_SURGERY, null)));
		assertThat(quorum.missing(c)).isEmpty();
	}

	@Test
	void afterTheCutOffOnlyTheChairAddsACase() {
		Meeting closed = new Meeting(UUID.randomUUID(), "Board", Instant.now().plusSeconds(600),
				Instant.now().minusSeconds(600), null, "https://video.example/board", "chair", "nurse", Instant.now());
		BoardCase c = new BoardCase(UUID.randomUUID(), UUID.randomUUID(), EligibilityReason.MELANOMA_STAGE, null, "IB",
				null, "system", Instant.now());
		assertThatThrownBy(() -> c.accept(closed, "nurse", Instant.now())).isInstanceOf(InvalidInput.class);
		c.accept(closed, "chair", Instant.now());
		assertThat(c.lateConsentBy()).isEqualTo("chair");
	}
}
