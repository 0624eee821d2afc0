package org.cutis.skincare.oncologyadvice.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation.AdverseEventState;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adverse events of this module read from their tables (skin_adverse_event is the module's
 * own contract): the grade is the confirmed one, or the proposal while none is confirmed; the
 * photos are those of the event at this moment.
 */
@Component
@Transactional(readOnly = true)
class StoredAdverseEvents implements AdverseEventStates {
	private final JdbcTemplate jdbc;

	StoredAdverseEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AdverseEventState> find(UUID id) {
		List<AdverseEventState> found = jdbc.query("""
				select id, patient_id, referral_id, term, coalesce(confirmed_grade, proposed_grade) as grade
				from skin_adverse_event where id = ? and voided_at is null""",
				(rs, n) -> new AdverseEventState(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
						rs.getObject("referral_id", UUID.class), rs.getString("term"), (Integer) rs.getObject("grade"),
						photos(id), false),
				id);
		return found.stream().findFirst();
	}

	private List<String> photos(UUID id) {
		return jdbc.queryForList("select id::text from skin_adverse_event_photo where adverse_event_id = ? order by id",
				String.class, id);
	}
}
