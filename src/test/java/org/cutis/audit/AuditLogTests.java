package org.cutis.audit;

import java.util.UUID;

import org.cutis.support.CutisTest;
import org.cutis.support.TestDatabase;
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

	/**
	 * The application's own connection may only read and add entries: not even a bug in Cutis can
	 * change, delete or truncate one, switch the guard off, or make itself a table owner.
	 */
	@Test
	void theApplicationRoleCanNeitherChangeNorDeleteAnEntryNorLiftTheGuard() {
		UUID patient = UUID.randomUUID();
		log.record("tester", "admin", AuditAction.VIEW, patient, "patient", "x", null);
		assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'someone' where patient_id = ?", patient))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where patient_id = ?", patient))
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update"))
			.hasStackTraceContaining("must be owner");
		assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("create table audit_copy (id bigint)"))
			.hasStackTraceContaining("permission denied");
		assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb from pg_roles"
				+ " where rolname = current_user", Boolean.class)).isFalse();
		assertThat(log.find(AuditQuery.forPatient(patient))).singleElement()
			.satisfies(e -> assertThat(e.user()).isEqualTo("tester"));
	}

	/** The schema owner may alter the table, but the trigger still refuses to rewrite the trail. */
	@Test
	void evenTheSchemaOwnerCannotChangeOrDeleteAnEntry() {
		UUID patient = UUID.randomUUID();
		log.record("tester", "admin", AuditAction.VIEW, patient, "patient", "x", null);
		JdbcTemplate owner = TestDatabase.owner();
		assertThatThrownBy(() -> owner.update("update audit_entry set username = 'someone' where patient_id = ?", patient))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("delete from audit_entry where patient_id = ?", patient))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.execute("truncate audit_entry")).hasMessageContaining("append-only");
		assertThat(log.find(AuditQuery.forPatient(patient))).hasSize(1);
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
