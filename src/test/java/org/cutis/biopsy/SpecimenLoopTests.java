package org.cutis.biopsy;

import java.util.UUID;

import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.Role;
import org.cutis.pathology.application.PathologyWorklist;
import org.cutis.shared.Paging;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The loop between the two modules against the real database: biopsy hands a received specimen
 * over to pathology with its purpose, and pathology's events move the specimen along.
 */
@CutisTest
class SpecimenLoopTests {
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	PathologyWorklist pathology;
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pathologysWorklistGetsThePurposeAndTheReceipt() throws Exception {
		var o = flow.received(staff.create(Role.DERMATOLOGIST), staff.create(Role.NURSE),
				staff.create(Role.PATHOLOGIST), clinic.patient(), "bcc");
		// the suite's database holds other tests' specimens: page through the worklist as a pathologist would
		PathologyWorklist.Awaiting awaiting = null;
		for (int page = 0; awaiting == null; page++) {
			var listed = pathology.page(new Paging(page, Paging.MAX_SIZE));
			awaiting = listed.rows()
				.stream()
				.filter(a -> a.specimen().specimenId().toString().equals(o.specimenId()))
				.findFirst()
				.orElse(null);
			assertThat(awaiting != null || listed.hasNext()).as("on some page of the worklist").isTrue();
		}
		assertThat(awaiting.specimen().role()).isEqualTo(SpecimenRole.DIAGNOSTIC);
		assertThat(awaiting.specimen().receivedAt()).isNotNull();
		assertThat(awaiting.state()).isEqualTo("received");
	}

	/** An addendum adds only a step (same state), yet the version rises: a stale copy cannot step too. */
	@Test
	void anAddendumThatChangesNoColumnStillRaisesTheVersion() throws Exception {
		String pathologist = staff.create(Role.PATHOLOGIST);
		var o = flow.received(staff.create(Role.DERMATOLOGIST), staff.create(Role.NURSE), pathologist,
				clinic.patient(), "bcc");
		String report = flow.signed(pathologist, o.specimenId(), "{\"diagnosis\": \"benign-naevus\"}");
		long signed = version(o.specimenId());
		mvc.perform(post("/api/v1/reports/" + report + "/addenda").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"" + Staff.PASSWORD + "\", \"reason\": \"typo\", \"text\": \"Compound naevus.\"}"))
			.andExpect(status().isCreated());
		assertThat(version(o.specimenId())).isGreaterThan(signed);
		assertThat(jdbc.queryForObject("select status from specimen where id = ?::uuid", String.class, o.specimenId()))
			.isEqualTo("SIGNED");
		assertThat(jdbc.queryForList("select status from specimen_step where specimen_id = ?::uuid order by at, id",
				String.class, o.specimenId())).endsWith("SIGNED", "AMENDED");
	}

	private long version(String specimenId) {
		return jdbc.queryForObject("select version from specimen where id = ?::uuid", Long.class, UUID.fromString(specimenId));
	}
}
