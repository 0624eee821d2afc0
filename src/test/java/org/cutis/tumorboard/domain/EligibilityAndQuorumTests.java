package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quorum rule and the cut-off of a meeting's case list (the eligibility rules: {@link EligibilityRulesTests}). */
class EligibilityAndQuorumTests {

	@Test
	void quorumNamesTheMissingDepartmentsIncludingThoseTheCaseNeeds() {
		Quorum quorum = new Quorum(EnumSet.of(Department.DERMATOLOGY, Department.PATHOLOGY, Department.HEMATOLOGY_ONCOLOGY));
		BoardCase c = BoardCase.ofCancer(UUID.randomUUID(), null, UUID.randomUUID(), EligibilityReason.SUBMITTED, null,
				"IIIA", null, "derm", Instant.now());
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
		BoardCase c = BoardCase.ofCancer(UUID.randomUUID(), null, UUID.randomUUID(), EligibilityReason.MELANOMA_STAGE,
				null, "IB", null, "system", Instant.now());
		assertThatThrownBy(() -> c.accept(closed, "nurse", Instant.now())).isInstanceOf(InvalidInput.class);
		c.accept(closed, "chair", Instant.now());
		assertThat(c.lateConsentBy()).isEqualTo("chair");
	}
}
