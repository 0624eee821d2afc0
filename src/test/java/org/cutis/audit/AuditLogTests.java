package org.cutis.audit;

import java.util.UUID;

import org.cutis.support.CutisTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CutisTest
class AuditLogTests {
	@Autowired
	AuditLog log;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		UUID patient = UUID.randomUUID();
		log.record("tester", "admin", AuditAction.VIEW, patient, "patient", "x", null);
		assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'someone' where patient_id = ?", patient))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where patient_id = ?", patient))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).isInstanceOf(DataAccessException.class);
		assertThat(log.find(AuditQuery.forPatient(patient))).singleElement()
			.satisfies(e -> assertThat(e.user()).isEqualTo("tester"));
	}

	@Test
	void filtersByUserAndActionNewestFirst() {
		UUID patient = UUID.randomUUID();
		log.record("filter-user", "nurse", AuditAction.VIEW, patient, "patient", "1", null);
		log.record("filter-user", "nurse", AuditAction.UPDATE, patient, "patient", "1", null);
		log.record("other-user", "nurse", AuditAction.VIEW, patient, "patient", "1", null);
		assertThat(log.find(new AuditQuery(patient, "filter-user", null, null, null, null, 10)))
			.extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.VIEW);
		assertThat(log.find(new AuditQuery(patient, null, AuditAction.VIEW, null, null, null, 10))).hasSize(2);
	}
}
