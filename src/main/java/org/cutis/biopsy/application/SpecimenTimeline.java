package org.cutis.biopsy.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.SpecimenStep;
import org.cutis.biopsy.domain.SpecimenStep.What;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.identity.Permission;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each specimen's steps, on the patient's chart timeline and on its lesion's lineage: every
 * collection, receipt, review and communication, also those an addendum reopened.
 */
@Component
class SpecimenTimeline implements TimelineContributor, LineageContributor {
	private static final Set<What> SHOWN = EnumSet.of(What.COLLECTED, What.RECEIVED, What.REVIEWED,
			What.COMMUNICATED, What.REJECTED);

	/**
	 * The newest entries straight from the steps, as {@link #steps} makes them: each specimen's first
	 * step (by time, then id: the entity's order) as its order, and every shown step. Ties go by step
	 * id, as a specimen's own steps do. The total counts the same rows before the limit.
	 */
	static final String NEWEST = """
			with mine as (select id, accession, technique from specimen where patient_id = ?),
			     firsts as (select distinct on (st.specimen_id) st.specimen_id, st.id, st.at, st.by_user
			                  from specimen_step st join mine m on m.id = st.specimen_id
			                 order by st.specimen_id, st.at, st.id),
			     entries as (select f.at, f.id as step_id, f.by_user, 'ORDERED' as what, true as first, m.id,
			                        m.accession, m.technique
			                   from firsts f join mine m on m.id = f.specimen_id
			                 union all
			                 select st.at, st.id, st.by_user, st.status, false, m.id, m.accession, m.technique
			                   from specimen_step st join mine m on m.id = st.specimen_id
			                  where st.status in (%s))
			select e.*, count(*) over () as total from entries e order by e.at desc, e.step_id, e.first desc limit ?"""
		.formatted(String.join(", ", SHOWN.stream().map(w -> "'" + w.name() + "'").toList()));

	private final Specimens specimens;
	private final JdbcTemplate jdbc;

	SpecimenTimeline(Specimens specimens, JdbcTemplate jdbc) {
		this.specimens = specimens;
		this.jdbc = jdbc;
	}

	@Override
	public Permission readPermission() {
		return Permission.SPECIMEN_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		return steps(specimens.findByPatientId(patientId)).stream()
			.map(s -> new TimelineEntry(s.at(), s.key(), s.args(), s.by(), s.link()))
			.toList();
	}

	/** A chart of sixty specimens held some six hundred steps; its first screen needs a hundred (issue 15). */
	@Override
	public TimelineEntry.Recent recentOf(UUID patientId, int limit) {
		long[] total = { 0 };
		List<TimelineEntry> entries = jdbc.query(NEWEST, (rs, row) -> {
			total[0] = rs.getLong("total");
			String accession = rs.getString("accession");
			String link = "/specimens/" + rs.getObject("id", UUID.class);
			Instant at = rs.getTimestamp("at").toInstant();
			String by = rs.getString("by_user");
			if (rs.getBoolean("first")) {
				return new TimelineEntry(at, "biopsy.timeline.ordered",
						List.of(accession, "biopsy.technique." + BiopsyTechnique.valueOf(rs.getString("technique")).code()), by,
						link);
			}
			return new TimelineEntry(at, "biopsy.timeline." + What.valueOf(rs.getString("what")).code(), List.of(accession),
					by, link);
		}, patientId, limit);
		return new TimelineEntry.Recent(entries, total[0]);
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		return steps(specimens.findByLesionId(lesionId)).stream()
			.map(s -> new LineageEntry(s.at(), s.key(), s.args(), s.by(), s.link()))
			.toList();
	}

	private record Step(Instant at, String key, List<Object> args, String by, String link) {
	}

	private static List<Step> steps(List<Specimen> all) {
		List<Step> steps = new ArrayList<>();
		for (Specimen s : all) {
			String link = "/specimens/" + s.id();
			SpecimenStep ordered = s.ordered();
			steps.add(new Step(ordered.at(), "biopsy.timeline.ordered",
					List.of(s.accession(), "biopsy.technique." + s.technique().code()), ordered.by(), link));
			for (SpecimenStep step : s.steps()) {
				if (SHOWN.contains(step.what())) {
					steps.add(new Step(step.at(), "biopsy.timeline." + step.what().code(), List.of(s.accession()),
							step.by(), link));
				}
			}
		}
		return steps;
	}
}
