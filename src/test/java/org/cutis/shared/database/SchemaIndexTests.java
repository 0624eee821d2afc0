package org.cutis.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cutis.support.CutisTest;
import org.cutis.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table that holds a patient's rows is found by its patient through an index (V1890): the
 * chart, the portal and the services read by patient, and at a million patients one table without
 * such an index (the surveillance visits, 11 million rows) made each read a sequential scan.
 */
@CutisTest
class SchemaIndexTests {
	/** The tables of a schema with a patient_id column and no index whose first column it is. */
	static final String UNINDEXED = """
			select c.table_name from information_schema.columns c
			join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
			where c.table_schema = ? and c.column_name = 'patient_id' and t.table_type = 'BASE TABLE'
			  and not exists (
			    select 1 from pg_index i
			    join pg_class r on r.oid = i.indrelid
			    join pg_namespace n on n.oid = r.relnamespace
			    join pg_attribute a on a.attrelid = r.oid and a.attnum = i.indkey[0]
			    where n.nspname = c.table_schema and r.relname = c.table_name and a.attname = 'patient_id')
			order by 1
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTableWithAPatientIdHasAnIndexLeadingWithIt() {
		assertThat(jdbc.queryForList(UNINDEXED, String.class, "public"))
			.as("tables read by patient without an index on patient_id").isEmpty();
	}

	@Test
	void theCheckReportsATableWithoutSuchAnIndex() {
		JdbcTemplate owner = TestDatabase.owner();
		owner.execute("create schema schema_index_probe");
		try {
			owner.execute("create table schema_index_probe.bare (id int primary key, patient_id uuid)");
			owner.execute("create table schema_index_probe.indexed (id int primary key, patient_id uuid)");
			owner.execute("create index on schema_index_probe.indexed (patient_id, id)");
			List<String> found = owner.queryForList(UNINDEXED, String.class, "schema_index_probe");
			assertThat(found).containsExactly("bare");
		}
		finally {
			owner.execute("drop schema schema_index_probe cascade");
		}
	}
}
