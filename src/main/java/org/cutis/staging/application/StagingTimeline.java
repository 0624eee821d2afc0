package org.cutis.staging.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.shared.TypedText;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.StagingRecords;

import org.springframework.stereotype.Component;

/**
 * Each cancer, its stagings, overrides and confirmations: on the patient's chart timeline, and on
 * the lineage of the lesion the cancer arose in.
 */
@Component
class StagingTimeline implements TimelineContributor, LineageContributor {
	private final CancerDiagnoses cancers;
	private final StagingRecords records;

	StagingTimeline(CancerDiagnoses cancers, StagingRecords records) {
		this.cancers = cancers;
		this.records = records;
	}

	@Override
	public Permission readPermission() {
		return Permission.CANCER_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (CancerDiagnosis cancer : cancers.findByPatientIdOrderByDiagnosisDateDesc(patientId)) {
			entries.addAll(entriesOf(cancer));
		}
		return entries;
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		return cancers.findByLesionId(lesionId)
			.map(cancer -> entriesOf(cancer).stream()
				.map(e -> new LineageEntry(e.at(), e.messageKey(), e.args(), e.by(), e.link()))
				.toList())
			.orElse(List.of());
	}

	private List<TimelineEntry> entriesOf(CancerDiagnosis cancer) {
		List<TimelineEntry> entries = new ArrayList<>();
		String link = "/cancers/" + cancer.id();
		String label = cancer.lesionLabel() == null ? "-" : cancer.lesionLabel();
		entries.add(new TimelineEntry(cancer.recordedAt(), "staging.timeline.diagnosed",
				List.of("staging.kind." + cancer.kind().code(), label), cancer.recordedBy(), link));
		for (StagingRecord r : records.findByCancerIdOrderBySequenceDesc(cancer.id())) {
			String stage = r.computation().headlineStage() == null ? "-" : r.computation().headlineStage();
			entries.add(new TimelineEntry(r.computedAt(), "staging.timeline.staged",
					List.of("staging.kind." + cancer.kind().code(), stage,
							"staging.occasion." + r.occasion().name().toLowerCase()),
					r.computedBy(), link));
			if (r.status() == StagingRecord.Status.OVERRIDDEN) {
				entries.add(new TimelineEntry(r.reviewedAt(), "staging.timeline.overridden",
						List.of(stage, r.overrideStage(), TypedText.of(r.overrideReason())), r.reviewedBy(), link));
			}
			else if (r.status() == StagingRecord.Status.ACCEPTED) {
				entries.add(new TimelineEntry(r.reviewedAt(), "staging.timeline.accepted", List.of(stage),
						r.reviewedBy(), link));
			}
		}
		return entries;
	}
}
