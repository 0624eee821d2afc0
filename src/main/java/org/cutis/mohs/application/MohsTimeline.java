package org.cutis.mohs.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.mohs.domain.MohsCase;
import org.cutis.mohs.domain.MohsCases;
import org.cutis.mohs.domain.MohsStage;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.TreatmentType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mohs cases on the chart timeline and the lesion's lineage (opened, each stage, closed, report
 * signed), and in the treatment summary of their cancer.
 */
@Component
@Transactional(readOnly = true)
class MohsTimeline implements TimelineContributor, LineageContributor, TreatmentContributor {
	private final MohsCases cases;
	private final java.time.Clock clock;

	MohsTimeline(MohsCases cases, java.time.Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public Permission readPermission() {
		return Permission.MOHS_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (MohsCase c : cases.findByPatientIdOrderByCreatedAtDesc(patientId)) {
			steps(c).forEach(s -> entries.add(new TimelineEntry(s.at(), s.messageKey(), s.args(), s.by(), s.link())));
		}
		return entries;
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		List<LineageEntry> entries = new ArrayList<>();
		for (MohsCase c : cases.findByLesionIdOrderByCreatedAtDesc(lesionId)) {
			entries.addAll(steps(c));
		}
		return entries;
	}

	private static List<LineageEntry> steps(MohsCase c) {
		String link = "/mohs-cases/" + c.id();
		List<LineageEntry> steps = new ArrayList<>();
		steps.add(new LineageEntry(c.createdAt(), "mohs.timeline.opened",
				List.of(c.lesionLabel() == null ? "-" : c.lesionLabel(), "mohs.auc.value." + c.aucValue()), c.surgeon(), link));
		for (MohsStage s : c.stages()) {
			steps.add(new LineageEntry(s.recordedAt(), s.allClear() ? "mohs.timeline.stageClear" : "mohs.timeline.stagePositive",
					List.of(String.valueOf(s.number()), String.valueOf(s.positiveBlocks().size())), s.recordedBy(), link));
		}
		if (c.closedAt() != null) {
			steps.add(new LineageEntry(c.closedAt(), "mohs.timeline.closed",
					List.of("mohs.closure." + c.closure().code(), String.valueOf(c.stages().size())), c.closedBy(), link));
		}
		if (c.signedAt() != null) {
			steps.add(new LineageEntry(c.signedAt(), "mohs.timeline.signed", List.of(), c.signedBy(), link));
		}
		return steps;
	}

	@Override
	public List<TreatmentEntry> treatmentsOf(UUID cancerId) {
		return cases.findByCancerIdOrderByCreatedAtAsc(cancerId).stream().map(this::entry).toList();
	}

	private TreatmentEntry entry(MohsCase c) {
		LocalDate started = c.stages().isEmpty() ? c.createdAt().atZone(clock.getZone()).toLocalDate()
				: c.stages().get(0).recordedAt().atZone(clock.getZone()).toLocalDate();
		LocalDate ended = c.closedAt() == null ? null : c.closedAt().atZone(clock.getZone()).toLocalDate();
		List<Object> args = c.closedAt() == null
				? List.of(String.valueOf(c.stages().size()))
				: List.of(String.valueOf(c.stages().size()), plain(c.defectLengthMm()), plain(c.defectWidthMm()),
						"mohs.closure." + c.closure().code());
		return new TreatmentEntry(c.cancerId(), TreatmentType.MOHS_SURGERY, started, ended, c.surgeon(), org.cutis.identity.Department.DERMATOLOGY.code(),
				c.closedAt() == null ? "mohs.treatment.ongoing" : "mohs.treatment.done", args, "/mohs-cases/" + c.id());
	}

	private static String plain(java.math.BigDecimal mm) {
		return mm.stripTrailingZeros().toPlainString();
	}
}
