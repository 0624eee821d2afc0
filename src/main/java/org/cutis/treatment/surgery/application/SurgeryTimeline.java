package org.cutis.treatment.surgery.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.StaffDirectory;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.shared.TypedText;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.Excisions;
import org.cutis.treatment.surgery.domain.Procedure;
import org.cutis.treatment.surgery.domain.Procedures;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excisions and procedures on the patient's chart timeline and the lesion's lineage (recorded, margins
 * returned, voided), and in the cancer's treatment summary (what was done, by whom, the margins).
 */
@Component
@Transactional(readOnly = true)
class SurgeryTimeline implements TimelineContributor, LineageContributor, TreatmentContributor {
	private final Excisions excisions;
	private final Procedures procedures;
	private final StaffDirectory staff;

	SurgeryTimeline(Excisions excisions, Procedures procedures, StaffDirectory staff) {
		this.excisions = excisions;
		this.procedures = procedures;
		this.staff = staff;
	}

	@Override
	public Permission readPermission() {
		return Permission.PROCEDURE_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		excisions.findByPatientIdOrderByPerformedOnDesc(patientId).forEach(e -> entries.addAll(entriesOf(e)));
		procedures.findByPatientIdOrderByPerformedOnDesc(patientId).forEach(p -> entries.addAll(entriesOf(p)));
		return entries;
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		List<TimelineEntry> entries = new ArrayList<>();
		excisions.findByLesionIdOrderByPerformedOnDesc(lesionId).forEach(e -> entries.addAll(entriesOf(e)));
		procedures.findByLesionIdOrderByPerformedOnDesc(lesionId).forEach(p -> entries.addAll(entriesOf(p)));
		return entries.stream().map(e -> new LineageEntry(e.at(), e.messageKey(), e.args(), e.by(), e.link())).toList();
	}

	@Override
	public List<TreatmentEntry> treatmentsOf(UUID cancerId) {
		List<TreatmentEntry> entries = new ArrayList<>();
		for (Excision e : excisions.findByCancerIdOrderByPerformedOnDesc(cancerId)) {
			if (e.voided()) {
				continue;
			}
			entries.add(new TreatmentEntry(cancerId, e.treatmentType(), e.performedOn(),
					e.status() == Excision.Status.DONE ? e.performedOn() : null, e.surgeon(), department(e.surgeon()),
					"surgery.summary.excision", List.of(label(e.lesionLabel()), e.plannedMarginText(), marginsKey(e),
							e.complications() == null ? "surgery.complications.none" : TypedText.of(e.complications())),
					"/excisions/" + e.id()));
		}
		for (Procedure p : procedures.findByCancerIdOrderByPerformedOnDesc(cancerId)) {
			if (p.voided()) {
				continue;
			}
			Object complications = p.complications() == null ? "surgery.complications.none"
					: TypedText.of(p.complications());
			String kind = "surgery.kind." + p.kind().code();
			String key;
			List<Object> args;
			if (p.kind().nodal()) {
				key = "surgery.summary.nodal";
				args = List.of(kind, label(p.lesionLabel()), p.nodesPositive(), p.nodesExamined(), complications);
			}
			else if (p.agent() != null) {
				key = "surgery.summary.field";
				args = List.of(kind, label(p.lesionLabel()), "surgery.agent." + p.agent().code(),
						p.areaCm2().stripTrailingZeros().toPlainString(), p.weeks(), complications);
			}
			else {
				key = "surgery.summary.procedure";
				args = List.of(kind, label(p.lesionLabel()), complications);
			}
			entries.add(new TreatmentEntry(cancerId, p.kind().type(), p.performedOn(), p.performedOn(),
					p.performedBy(), department(p.performedBy()), key, args, "/procedures/" + p.id()));
		}
		return entries;
	}

	private List<TimelineEntry> entriesOf(Excision e) {
		List<TimelineEntry> entries = new ArrayList<>();
		String link = "/excisions/" + e.id();
		entries.add(new TimelineEntry(e.recordedAt(), "surgery.timeline.excised",
				List.of(label(e.lesionLabel()), e.plannedMarginText()), e.surgeon(), link));
		if (e.marginsSignedAt() != null) {
			entries.add(new TimelineEntry(e.marginsSignedAt(), "surgery.timeline.margins",
					List.of(label(e.lesionLabel()), marginsKey(e)), e.marginsSignedBy(), link));
		}
		voided(entries, e.voidedAt(), e.voidReason(), e.voidedBy(), "surgery.kind.excision", e.lesionLabel(), link);
		return entries;
	}

	private List<TimelineEntry> entriesOf(Procedure p) {
		List<TimelineEntry> entries = new ArrayList<>();
		String link = "/procedures/" + p.id();
		entries.add(new TimelineEntry(p.recordedAt(), "surgery.timeline.procedure",
				List.of("surgery.kind." + p.kind().code(), label(p.lesionLabel())), p.performedBy(), link));
		voided(entries, p.voidedAt(), p.voidReason(), p.voidedBy(), "surgery.kind." + p.kind().code(),
				p.lesionLabel(), link);
		return entries;
	}

	private static void voided(List<TimelineEntry> entries, Instant at, String reason, String by, String kindKey,
			String lesionLabel, String link) {
		if (at != null) {
			entries.add(new TimelineEntry(at, "surgery.timeline.voided",
					List.of(kindKey, label(lesionLabel), TypedText.of(reason)), by, link));
		}
	}

	static String marginsKey(Excision e) {
		Boolean clear = e.marginsClear();
		if (e.status() != Excision.Status.DONE) {
			return "surgery.margins.awaiting";
		}
		return clear == null ? "surgery.margins.notRecorded" : clear ? "surgery.margins.clear" : "surgery.margins.involved";
	}

	private static String label(String lesionLabel) {
		return lesionLabel == null ? "-" : lesionLabel;
	}

	private String department(String username) {
		return staff.find(username)
			.flatMap(m -> m.departments().stream().findFirst())
			.map(Department::code)
			.orElse(null);
	}
}
