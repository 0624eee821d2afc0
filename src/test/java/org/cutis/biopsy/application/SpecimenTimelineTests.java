package org.cutis.biopsy.application;

import java.util.List;
import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.patient.TimelineEntry;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's first screen of specimen steps, read from the steps with a limit, is exactly the
 * newest part of the whole story read from the specimens: same entries, same order, same total.
 */
@CutisTest
class SpecimenTimelineTests {
	@Autowired
	SpecimenTimeline timeline;
	@Autowired
	BiopsyFlow biopsies;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;

	@Test
	void theNewestStepsFromTheIndexAreTheNewestOfTheWholeStory() throws Exception {
		UUID patient = clinic.patient();
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		// three received specimens days apart, and one still only ordered (its first step alone shows)
		for (int days : new int[] { 30, 10, 20 }) {
			biopsies.backdate(biopsies.received(derm, nurse, pathologist, patient, "bcc").specimenId(), days);
		}
		biopsies.order(derm, patient, "melanoma", "shave");
		List<TimelineEntry> whole = timeline.timelineOf(patient);
		assertThat(whole).hasSize(4 + 3 * 2);

		for (int limit : new int[] { 1, 3, 5, 10, 50 }) {
			TimelineEntry.Recent expected = TimelineEntry.Recent.of(whole, limit);
			TimelineEntry.Recent read = timeline.recentOf(patient, limit);
			assertThat(read.total()).isEqualTo(whole.size());
			assertThat(read.entries()).as("newest %d", limit).containsExactlyElementsOf(expected.entries());
		}
		assertThat(timeline.recentOf(UUID.randomUUID(), 10)).isEqualTo(new TimelineEntry.Recent(List.of(), 0));
	}
}
