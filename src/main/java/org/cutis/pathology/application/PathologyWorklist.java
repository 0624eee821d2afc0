package org.cutis.pathology.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.audit.AuditLog;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.domain.PathologyReports;
import org.cutis.pathology.domain.ReceivedSpecimen;
import org.cutis.pathology.domain.ReceivedSpecimens;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathologist's worklist: received, not withdrawn, not yet signed, the oldest receipt first,
 * one page at a time. Three queries a page whatever the size of the center: the page from the
 * awaiting index, its count, and which of the page's specimens already have a draft.
 */
@Service
@Transactional
public class PathologyWorklist {
	private final ReceivedSpecimens specimens;
	private final PathologyReports reports;
	private final AuditLog audit;

	PathologyWorklist(ReceivedSpecimens specimens, PathologyReports reports, AuditLog audit) {
		this.specimens = specimens;
		this.reports = reports;
		this.audit = audit;
	}

	/** One page of the worklist; every patient on it is audited as listed. */
	public Paged<Awaiting> page(Paging paging) {
		List<ReceivedSpecimen> rows = specimens.awaiting(PageRequest.of(paging.page(), paging.size()));
		Set<UUID> drafted = rows.isEmpty() ? Set.of()
				: new HashSet<>(reports.reportedAmong(rows.stream().map(ReceivedSpecimen::specimenId).toList()));
		List<Awaiting> awaiting = rows.stream()
			.map(s -> new Awaiting(s.summary(), drafted.contains(s.specimenId())))
			.toList();
		audit.listed("pathology-worklist", null, awaiting.stream().map(a -> a.specimen().patientId()).toList());
		return new Paged<>(awaiting, specimens.countAwaiting(), paging);
	}

	/** A specimen on the worklist; {@code drafted} once a preliminary report exists. */
	public record Awaiting(SpecimenForReport specimen, boolean drafted) {
		public String state() {
			return drafted ? "reported" : "received";
		}
	}
}
