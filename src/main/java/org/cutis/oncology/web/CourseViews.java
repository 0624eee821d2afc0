package org.cutis.oncology.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.oncology.application.SystemicTherapy.CourseRecord;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.Regimen;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.oncology.domain.SystemicCycle;
import org.cutis.rules.oncology.FractionationCheck;
import org.cutis.rules.oncology.MostellerBodySurfaceArea;

/** The courses as the API shows them: codes for coded values, staff by login name. */
final class CourseViews {
	private CourseViews() {
	}

	/**
	 * @param freeEntry true when the regimen is not from the catalogue (typed as given)
	 * @param bsaM2     body surface area by Mosteller, two decimals
	 */
	record SystemicCourseView(UUID id, UUID cancerId, UUID patientId, String regimen, String regimenCode,
			boolean freeEntry, String setting, int line, BigDecimal heightCm, BigDecimal weightKg, BigDecimal bsaM2,
			String bsaSource, LocalDate startDate, String status, LocalDate endDate, String endReason, String endNote,
			String recordedBy, String endedBy, int cyclesGiven, int nextCycleNumber, List<CycleView> cycles,
			long version) {

		static SystemicCourseView of(CourseRecord record) {
			SystemicCourse c = record.course();
			return new SystemicCourseView(c.id(), c.cancerId(), c.patientId(), c.regimenName(), c.regimenCode(),
					c.freeEntry(), c.setting().code(), c.line(), c.heightCm(), c.weightKg(), c.bsaM2(),
					MostellerBodySurfaceArea.SOURCE, c.startDate(), c.status().code(), c.endDate(),
					c.endReason() == null ? null : c.endReason().code(), c.endNote(), c.recordedBy(), c.endedBy(),
					(int) record.cyclesGiven(), record.nextCycleNumber(),
					record.cycles().stream().map(CycleView::of).toList(), c.version());
		}
	}

	/** @param dosePercent null for the full dose */
	record CycleView(UUID id, int number, LocalDate date, boolean held, String holdReason, Integer dosePercent,
			String doseReductionReason, String recordedBy) {
		static CycleView of(SystemicCycle c) {
			return new CycleView(c.id(), c.number(), c.date(), c.held(), c.holdReason(), c.dosePercent(),
					c.reductionReason(), c.recordedBy());
		}
	}

	record RadiotherapyCourseView(UUID id, UUID cancerId, UUID patientId, String site, String intent, String technique,
			BigDecimal totalDoseGy, int fractions, BigDecimal dosePerFractionGy, BigDecimal doseToleranceGy,
			LocalDate startDate, LocalDate endDate, String status, String recordedBy, String endedBy, long version) {
		static RadiotherapyCourseView of(RadiotherapyCourse c) {
			return new RadiotherapyCourseView(c.id(), c.cancerId(), c.patientId(), c.site(), c.intent().code(),
					c.technique().code(), c.totalDoseGy(), c.fractions(), c.dosePerFractionGy(),
					FractionationCheck.TOLERANCE_GY, c.startDate(), c.endDate(), c.ongoing() ? "ongoing" : "ended",
					c.recordedBy(), c.endedBy(), c.version());
		}
	}

	record RegimenView(String code, String name, String category, boolean active, long version) {
		static RegimenView of(Regimen r) {
			return new RegimenView(r.code(), r.name(), r.category().code(), r.active(), r.version());
		}
	}
}
