package org.cutis.oncology.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.oncology.application.SystemicTherapy.CourseRecord;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.oncology.domain.SystemicCycle;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.shared.TypedText;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.TreatmentType;

import org.springframework.stereotype.Component;

/**
 * The courses on the patient's chart timeline (started, each cycle, ended) and in the cancer's
 * treatment summary (one line per course). Regimen names and sites are passed as typed words:
 * drug names are proper names and stay as written, marked as such on Korean pages.
 */
@Component
class OncologyContributions implements TimelineContributor, TreatmentContributor {
	private final SystemicTherapy systemic;
	private final Radiotherapy radiotherapy;

	OncologyContributions(SystemicTherapy systemic, Radiotherapy radiotherapy) {
		this.systemic = systemic;
		this.radiotherapy = radiotherapy;
	}

	@Override
	public Permission readPermission() {
		return Permission.ONCOLOGY_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (CourseRecord record : systemic.ofPatient(patientId)) {
			SystemicCourse c = record.course();
			String link = SystemicTherapy.link(c);
			entries.add(new TimelineEntry(c.recordedAt(), "oncology.timeline.systemicStarted",
					List.of(TypedText.of(c.regimenName()), "oncology.setting." + c.setting().code(), c.line(),
							c.startDate().toString()),
					c.recordedBy(), link));
			for (SystemicCycle cycle : record.cycles()) {
				entries.add(cycle.held()
						? new TimelineEntry(cycle.recordedAt(), "oncology.timeline.cycleHeld",
								List.of(cycle.number(), cycle.date().toString(), TypedText.of(cycle.holdReason())),
								cycle.recordedBy(), link)
						: cycle.reduced()
								? new TimelineEntry(cycle.recordedAt(), "oncology.timeline.cycleReduced",
										List.of(cycle.number(), cycle.date().toString(), cycle.dosePercent(),
												TypedText.of(cycle.reductionReason())),
										cycle.recordedBy(), link)
								: new TimelineEntry(cycle.recordedAt(), "oncology.timeline.cycleGiven",
										List.of(cycle.number(), cycle.date().toString()), cycle.recordedBy(), link));
			}
			if (c.endDate() != null) {
				entries.add(new TimelineEntry(c.endedAt(), "oncology.timeline.systemicEnded",
						List.of(TypedText.of(c.regimenName()), c.endDate().toString(),
								"oncology.endReason." + c.endReason().code()),
						c.endedBy(), link));
			}
		}
		for (RadiotherapyCourse c : radiotherapy.ofPatient(patientId)) {
			String link = Radiotherapy.link(c);
			entries.add(new TimelineEntry(c.recordedAt(), "oncology.timeline.radiotherapy",
					List.of(TypedText.of(c.site()), plain(c.totalDoseGy()), c.fractions(),
							"oncology.rt.intent." + c.intent().code(), c.startDate().toString()),
					c.recordedBy(), link));
			if (c.endDate() != null) {
				entries.add(new TimelineEntry(c.endedAt(), "oncology.timeline.radiotherapyEnded",
						List.of(TypedText.of(c.site()), c.endDate().toString()), c.endedBy(), link));
			}
		}
		return entries;
	}

	@Override
	public List<TreatmentEntry> treatmentsOf(UUID cancerId) {
		List<TreatmentEntry> entries = new ArrayList<>();
		for (CourseRecord record : systemic.ofCancer(cancerId)) {
			SystemicCourse c = record.course();
			long reduced = record.cycles().stream().filter(SystemicCycle::reduced).count();
			long held = record.cycles().stream().filter(SystemicCycle::held).count();
			entries.add(new TreatmentEntry(cancerId, TreatmentType.SYSTEMIC_THERAPY, c.startDate(), c.endDate(),
					c.recordedBy(), Department.HEMATOLOGY_ONCOLOGY.code(), "oncology.summary.systemic",
					List.of(TypedText.of(c.regimenName()), "oncology.setting." + c.setting().code(), c.line(),
							record.cyclesGiven(), held, reduced,
							c.endReason() == null ? "oncology.summary.ongoing" : "oncology.endReason." + c.endReason().code(),
							c.bsaM2().toPlainString()),
					SystemicTherapy.link(c)));
		}
		for (RadiotherapyCourse c : radiotherapy.ofCancer(cancerId)) {
			entries.add(new TreatmentEntry(cancerId, TreatmentType.RADIOTHERAPY, c.startDate(), c.endDate(),
					c.recordedBy(), Department.RADIATION_ONCOLOGY.code(), "oncology.summary.radiotherapy",
					List.of(TypedText.of(c.site()), "oncology.rt.intent." + c.intent().code(),
							"oncology.rt.technique." + c.technique().code(), plain(c.totalDoseGy()), c.fractions(),
							plain(c.dosePerFractionGy())),
					Radiotherapy.link(c)));
		}
		return entries;
	}

	private static String plain(java.math.BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
