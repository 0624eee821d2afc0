package org.cutis.pathology.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;

import org.springframework.stereotype.Component;

/** Signed reports on the chart timeline and the lesion's lineage (drafts are not results yet). */
@Component
class ReportTimeline implements TimelineContributor, LineageContributor {
	private final PathologyReports reports;

	ReportTimeline(PathologyReports reports) {
		this.reports = reports;
	}

	@Override
	public Permission readPermission() {
		return Permission.REPORT_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (PathologyReport r : reports.findByPatientId(patientId)) {
			if (r.signedAt() != null) {
				entries.add(new TimelineEntry(r.signedAt(), "pathology.timeline.signed", args(r), r.signedBy(),
						link(r)));
			}
		}
		return entries;
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		List<LineageEntry> entries = new ArrayList<>();
		for (PathologyReport r : reports.findByLesionId(lesionId)) {
			if (r.signedAt() != null) {
				entries.add(new LineageEntry(r.signedAt(), "pathology.timeline.signed", args(r), r.signedBy(), link(r)));
			}
		}
		return entries;
	}

	private static List<Object> args(PathologyReport r) {
		return List.of("lesion.impression." + r.diagnosis().code(), r.ptCategory() == null ? "" : r.ptCategory());
	}

	private static String link(PathologyReport r) {
		return "/specimens/" + r.specimenId() + "/report";
	}
}
