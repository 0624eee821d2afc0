package org.cutis.recurrence.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cutis.recurrence.application.RecurrenceRecords;
import org.cutis.recurrence.application.RelapseWorkupQueries;
import org.cutis.staging.CancerPageSection;

import org.springframework.stereotype.Component;

/** The cancer page's recurrence section: the recurrences and the re-biopsy work-ups, with links to act. */
@Component
class RecurrenceSection implements CancerPageSection {
	private final RecurrenceRecords records;
	private final RelapseWorkupQueries workups;
	private final WorkupRows rows;

	RecurrenceSection(RecurrenceRecords records, RelapseWorkupQueries workups, WorkupRows rows) {
		this.records = records;
		this.workups = workups;
		this.rows = rows;
	}

	@Override
	public Optional<Section> sectionOf(UUID cancerId) {
		return Optional.of(new Section("recurrence/section", Map.of("cancerId", cancerId, "recurrences",
				records.listedOn(cancerId), "workups", rows.rows(workups.ofCancer(cancerId)))));
	}
}
