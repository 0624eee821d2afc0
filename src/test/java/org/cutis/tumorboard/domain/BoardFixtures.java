package org.cutis.tumorboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;

/** Meetings, cases and the staging module's events for the tumor board's domain tests. */
final class BoardFixtures {
	static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
	static final String CHAIR = "chair";
	static final String NURSE = "nurse";

	private BoardFixtures() {
	}

	/** A meeting a week ahead, its list open until a day before. */
	static Meeting meeting() {
		Instant at = NOW.plus(Duration.ofDays(7));
		return new Meeting(UUID.randomUUID(), "Board", at, at.minus(Duration.ofDays(1)), "Room 3", null, CHAIR, NURSE,
				NOW);
	}

	static BoardCase proposed(UUID cancerId, EligibilityReason reason, String stage) {
		return BoardCase.ofCancer(cancerId, UUID.randomUUID(), UUID.randomUUID(), reason, LocalDate.of(2026, 11, 2),
				stage, null, "system", NOW);
	}

	/** A case the board discussed (on {@code stage}) at a meeting. */
	static BoardCase discussed(UUID cancerId, String stage) {
		BoardCase c = proposed(cancerId, EligibilityReason.MELANOMA_STAGE, stage);
		c.accept(meeting(), NURSE, NOW);
		c.markDiscussed(stage, NOW.plusSeconds(60));
		return c;
	}

	static CancerCases.Proposer proposer(Instant now) {
		return new CancerCases.Proposer(null, "system", now);
	}

	static CancerFactsChanged factsChanged(UUID cancerId, String source, Instant at, String... changes) {
		return new CancerFactsChanged(cancerId, UUID.randomUUID(), source, List.of(changes), at);
	}

	/** A CancerStaged event, as the staging module documents it. */
	static final class Staging {
		UUID cancerId = UUID.randomUUID();
		UUID patientId = UUID.randomUUID();
		UUID lesionId = UUID.randomUUID();
		UUID record = UUID.randomUUID();
		DiagnosisKind kind = DiagnosisKind.MELANOMA;
		Diagnosis diagnosis = Diagnosis.MELANOMA;
		String stage;
		String clinical;
		String pathological;
		String t = "pT2a";
		String bwh;
		boolean inSitu;
		boolean recurrence;
		List<String> changes = List.of();

		static Staging melanoma(UUID cancerId, String stage) {
			Staging s = new Staging();
			s.cancerId = cancerId;
			s.stage = stage;
			s.pathological = stage;
			return s;
		}

		/** A new staging record of the same cancer (a restage), with what changed against the last one. */
		Staging restaged(String newStage, String... lines) {
			Staging s = melanoma(cancerId, newStage);
			s.patientId = patientId;
			s.lesionId = lesionId;
			s.changes = List.of(lines);
			return s;
		}

		Staging recurrence() {
			recurrence = true;
			return this;
		}

		CancerStaged event() {
			return new CancerStaged(cancerId, patientId, lesionId, record, kind, diagnosis, LocalDate.of(2026, 11, 2),
					stage, clinical, pathological, t, bwh, inSitu, recurrence, false, changes);
		}
	}
}
