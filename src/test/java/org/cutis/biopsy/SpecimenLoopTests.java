package org.cutis.biopsy;

import java.util.UUID;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pathology module sees of a specimen and the steps it reports, against the real database. */
@CutisTest
class SpecimenLoopTests {
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	SpecimenLoop loop;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theWorklistSummaryCarriesThePurposeAndTheReceipt() throws Exception {
		var o = flow.received(staff.create(Role.DERMATOLOGIST), staff.create(Role.NURSE),
				staff.create(Role.PATHOLOGIST), clinic.patient(), "bcc");
		SpecimenSummary summary = loop.awaitingReport()
			.stream()
			.filter(s -> s.id().toString().equals(o.specimenId()))
			.findFirst()
			.orElseThrow();
		assertThat(summary.role()).isEqualTo(SpecimenRole.DIAGNOSTIC);
		assertThat(summary.status()).isEqualTo(SpecimenStatus.RECEIVED);
		assertThat(summary.receivedAt()).isNotNull();
	}

	/** Only a step is added (same state, same behaviour), yet the version rises: a stale copy cannot step too. */
	@Test
	void anAddendumThatChangesNoColumnStillRaisesTheVersion() throws Exception {
		String pathologist = staff.create(Role.PATHOLOGIST);
		var o = flow.received(staff.create(Role.DERMATOLOGIST), staff.create(Role.NURSE), pathologist,
				clinic.patient(), "bcc");
		flow.signed(pathologist, o.specimenId(), "{\"diagnosis\": \"benign-naevus\"}");
		long signed = version(o.specimenId());
		loop.amended(UUID.fromString(o.specimenId()), Behaviour.BENIGN);
		assertThat(version(o.specimenId())).isGreaterThan(signed);
		assertThat(loop.find(UUID.fromString(o.specimenId())).orElseThrow().status()).isEqualTo(SpecimenStatus.SIGNED);
		assertThat(jdbc.queryForList("select status from specimen_step where specimen_id = ?::uuid order by at, id",
				String.class, o.specimenId())).endsWith("SIGNED", "AMENDED");
	}

	private long version(String specimenId) {
		return jdbc.queryForObject("select version from specimen where id = ?::uuid", Long.class, specimenId);
	}
}
