package org.cutis.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.PathologyFindings;
import org.cutis.staging.application.CancerDiagnosisManagement;
import org.cutis.tumorboard.application.TumorBoardManagement;

import org.springframework.stereotype.Component;

/**
 * A weekly tumor board (next Wednesday 17:00, cut-off two days before, chaired by demo-onc) and
 * four signed cancers; the eligibility rules then propose three of them to the first meeting.
 */
@Component
class DemoTumorBoard {
	private final TumorBoardManagement board;
	private final CancerDiagnosisManagement cancers;
	private final Clock clock;

	DemoTumorBoard(TumorBoardManagement board, CancerDiagnosisManagement cancers, Clock clock) {
		this.board = board;
		this.cancers = cancers;
		this.clock = clock;
	}

	void load(List<UUID> patients) {
		LocalDate wednesday = LocalDate.now(clock).plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		board.schedule("피부암 다학제 위원회 Skin cancer tumor board", wednesday.atTime(LocalTime.of(17, 0))
			.atZone(clock.getZone()).toInstant(), Duration.ofHours(48), "본관 3층 회의실 Main building, room 301",
				null, "demo-onc", 4);
		LocalDate diagnosed = LocalDate.now(clock).minusDays(10);
		cancers.recordSignedPathology(melanoma(patients.get(0), "1.5", false, "왼쪽 어깨 L1", diagnosed));
		cancers.recordSignedPathology(melanoma(patients.get(1), "3.2", true, "오른쪽 종아리 L1", diagnosed.minusDays(5)));
		cancers.recordSignedPathology(melanoma(patients.get(2), "0.5", false, "등 L2", diagnosed.plusDays(2)));
		cancers.recordSignedPathology(new PathologyFindings(patients.get(3), UUID.randomUUID(), UUID.randomUUID(),
				"왼쪽 뺨 L1", DiagnosisKind.CSCC, "254651007", "C44.32", "8070/3", diagnosed, "squamous cell carcinoma, poorly differentiated",
				"cheek", false, null, false, null, false, new BigDecimal("4.5"), new BigDecimal("4"), "poor", false,
				false, false, "none", null, null, false, false, false));
	}

	private static PathologyFindings melanoma(UUID patient, String breslow, boolean ulcerated, String label,
			LocalDate date) {
		return new PathologyFindings(patient, UUID.randomUUID(), UUID.randomUUID(), label, DiagnosisKind.MELANOMA,
				"372244006", "C43.9", "8743/3", date, "superficial spreading", "back", false, new BigDecimal(breslow),
				ulcerated, 2, false, null, null, null, false, false, false, null, null, null, false, false, false);
	}
}
