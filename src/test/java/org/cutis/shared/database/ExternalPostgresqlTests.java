package org.cutis.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code docs/external-postgresql.sql} makes the role layout Cutis expects on an external server:
 * run (as psql would, with its variables) on the test server, then migrated as the owner, the
 * application role may read and write rows, only read and add to the append-only tables, and
 * neither create nor alter anything.
 */
class ExternalPostgresqlTests {
	/** The tables whose rows are history (audit, specimen steps, Mohs stages and addenda, systemic cycles). */
	static final List<String> APPEND_ONLY = List.of("audit_entry", "mohs_report_addendum", "mohs_stage", "recall_contact",
			"recurrence_correction", "site_page_version", "specimen_step", "surveillance_responsible_change", "systemic_cycle",
			"visit_note_addendum");

	static final Path SCRIPT = Path.of("docs/external-postgresql.sql");

	@Test
	void theDocumentedScriptMakesTheLayoutCutisExpects() throws Exception {
		EmbeddedDatabase server = TestDatabase.get();
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Map<String, String> variables = Map.of("database", "ext_" + suffix, "owner", "ext_owner_" + suffix, "app",
				"ext_app_" + suffix, "owner_password", "owner-" + suffix, "app_password", "app-" + suffix);
		String url = server.jdbcUrl(variables.get("database"));
		Credentials owner = new Credentials(variables.get("owner"), variables.get("owner_password"));
		Credentials app = new Credentials(variables.get("app"), variables.get("app_password"));
		try {
			runAsPsqlWould(server, variables);
			Flyway.configure()
				.dataSource(url, owner.user(), owner.password())
				.locations("classpath:db/migration", "classpath:db/callback")
				.outOfOrder(true)
				.placeholders(Map.of("applicationRole", app.user(), "demo", "false"))
				.load()
				.migrate();

			try (Connection c = DriverManager.getConnection(url, app.user(), app.password());
					Statement sql = c.createStatement()) {
				assertThat(strings(sql, "select distinct pg_get_userbyid(relowner) from pg_class c join pg_namespace n"
						+ " on n.oid = c.relnamespace where n.nspname = 'public' and relkind in ('r', 'S', 'v')"))
					.containsExactly(owner.user());
				// the append-only tables are known by their guard, and the application may only add to them
				assertThat(strings(sql, "select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
						+ " join pg_proc p on p.oid = t.tgfoid where p.proname like '%\\_is\\_append\\_only' order by 1"))
					.containsExactly(APPEND_ONLY.toArray(String[]::new));
				for (String table : APPEND_ONLY) {
					assertThat(strings(sql, "select string_agg(p, ',' order by p) from unnest(array['SELECT','INSERT',"
							+ "'UPDATE','DELETE','TRUNCATE']) p where has_table_privilege('" + table + "', p)"))
						.containsExactly("INSERT,SELECT");
				}
				assertThat(strings(sql, "select string_agg(p, ',' order by p) from unnest(array['SELECT','INSERT',"
						+ "'UPDATE','DELETE','TRUNCATE']) p where has_table_privilege('patient', p)"))
					.containsExactly("DELETE,INSERT,SELECT,UPDATE");
				assertThatThrownBy(() -> sql.execute("select * from flyway_schema_history"))
					.hasMessageContaining("permission denied");
				assertThatThrownBy(() -> sql.execute("create table mine (id int)")).hasMessageContaining("permission denied");
				assertThatThrownBy(() -> sql.execute("alter table audit_entry disable trigger audit_entry_no_update"))
					.hasMessageContaining("must be owner");
				assertThatThrownBy(() -> sql.execute("update audit_entry set detail = 'x'"))
					.hasMessageContaining("permission denied");
			}
		}
		finally {
			try (Connection c = superuser(server, server.jdbcUrl("postgres")); Statement sql = c.createStatement()) {
				sql.execute("drop database if exists " + variables.get("database") + " with (force)");
				sql.execute("drop role if exists " + app.user());
				sql.execute("drop role if exists " + owner.user());
			}
		}
	}

	/**
	 * The script's statements with psql's {@code :"name"} (identifier) and {@code :'name'}
	 * (literal) substituted, and its {@code \connect} followed.
	 */
	private static void runAsPsqlWould(EmbeddedDatabase server, Map<String, String> variables) throws Exception {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : Files.readAllLines(SCRIPT)) {
			if (line.isBlank() || line.startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.startsWith("\\") || line.stripTrailing().endsWith(";")) {
				statements.add(substitute(current.toString().strip(), variables));
				current.setLength(0);
			}
		}
		Connection connection = superuser(server, server.jdbcUrl("postgres"));
		try {
			for (String statement : statements) {
				if (statement.startsWith("\\connect ")) {
					connection.close();
					connection = superuser(server, server.jdbcUrl(statement.substring(9).strip().replace("\"", "")));
					continue;
				}
				try (Statement sql = connection.createStatement()) {
					sql.execute(statement);
				}
			}
		}
		finally {
			connection.close();
		}
	}

	private static String substitute(String statement, Map<String, String> variables) {
		Matcher variable = Pattern.compile(":([\"'])(\\w+)[\"']").matcher(statement);
		StringBuilder out = new StringBuilder();
		while (variable.find()) {
			String value = variables.get(variable.group(2));
			assertThat(value).as("variable %s", variable.group(2)).isNotNull();
			String quoted = variable.group(1).equals("\"") ? "\"" + value + "\"" : "'" + value.replace("'", "''") + "'";
			variable.appendReplacement(out, Matcher.quoteReplacement(quoted));
		}
		return variable.appendTail(out).toString();
	}

	private static Connection superuser(EmbeddedDatabase server, String url) throws SQLException {
		return DriverManager.getConnection(url, server.superuser().user(), server.superuser().password());
	}

	private static List<String> strings(Statement sql, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = sql.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}
}
