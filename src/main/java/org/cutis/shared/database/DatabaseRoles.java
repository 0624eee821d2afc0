package org.cutis.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The role layout of Cutis's database, on the embedded server (set up here at every start) and on
 * an external one ({@code docs/external-postgresql.sql} does the same by hand):
 * <ul>
 * <li>{@code cutis_owner} owns the database, its schema and every table; Flyway migrates as this
 * role. It is no superuser and cannot create roles or databases.</li>
 * <li>{@code cutis_app} is what the application's connection pool logs in as: it owns nothing and
 * may only read and write rows; on the append-only tables (the audit log, the specimen steps) it
 * may only read and insert. The grants are made by the migration owner after every migration
 * ({@code db/callback/afterMigrate__application_role.sql}), so new tables are covered.</li>
 * <li>{@code postgres}, the superuser, is for the operator and for backups; its password is in
 * {@code <data-dir>/postgres.password}.</li>
 * </ul>
 */
final class DatabaseRoles {
	static final String OWNER = "cutis_owner";
	static final String APPLICATION = "cutis_app";

	private DatabaseRoles() {
	}

	/** The roles, the database and its schema, made or corrected at every start of the embedded server. */
	static void setUp(int port, Credentials superuser, Credentials owner, Credentials application, String database) {
		try (Connection connection = Postmaster.connect(port, "postgres", superuser)) {
			ensure(connection, database, owner, application);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not set up the database roles", e);
		}
		try (Connection connection = Postmaster.connect(port, database, superuser)) {
			ensureSchema(connection);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not set up the schema of " + database, e);
		}
	}

	/** Creates or corrects the roles and the database, as the superuser connected to {@code postgres}. */
	static void ensure(Connection superuser, String database, Credentials owner, Credentials application)
			throws SQLException {
		try (Statement sql = superuser.createStatement()) {
			sql.execute("""
					do $$
					begin
					    if not exists (select from pg_roles where rolname = '%1$s') then
					        create role %1$s login;
					    end if;
					    if not exists (select from pg_roles where rolname = '%2$s') then
					        create role %2$s login;
					    end if;
					end;
					$$""".formatted(OWNER, APPLICATION));
			sql.execute("alter role " + OWNER + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
			sql.execute("alter role " + APPLICATION
					+ " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit");
			// the passwords travel as SCRAM verifiers computed here, never in clear text
			PGConnection pg = superuser.unwrap(PGConnection.class);
			pg.alterUserPassword(OWNER, owner.password().toCharArray(), "scram-sha-256");
			pg.alterUserPassword(APPLICATION, application.password().toCharArray(), "scram-sha-256");
			boolean exists;
			try (ResultSet rs = sql.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				sql.execute("create database " + database + " owner " + OWNER + " encoding 'UTF8' template template0");
			}
			sql.execute("alter database " + database + " owner to " + OWNER);
			sql.execute("revoke all on database " + database + " from public");
			sql.execute("grant connect on database " + database + " to " + APPLICATION);
			sql.execute("revoke connect on database postgres from public");
		}
	}

	/**
	 * In the application database, as the superuser: the schema belongs to the owner, nobody else
	 * may create in it, and what an older Cutis created as {@code postgres} passes to the owner.
	 */
	static void ensureSchema(Connection superuser) throws SQLException {
		try (Statement sql = superuser.createStatement()) {
			sql.execute("alter schema public owner to " + OWNER);
			sql.execute("revoke all on schema public from public");
			sql.execute("grant usage on schema public to " + APPLICATION);
			sql.execute("""
					do $$
					declare
					    r record;
					begin
					    for r in select c.oid::regclass as name, c.relkind from pg_class c
					             join pg_namespace n on n.oid = c.relnamespace
					             where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
					               and pg_get_userbyid(c.relowner) <> '%1$s' loop
					        execute format('alter table %%s owner to %1$s', r.name);
					    end loop;
					    for r in select c.oid::regclass as name from pg_class c
					             join pg_namespace n on n.oid = c.relnamespace
					             where n.nspname = 'public' and c.relkind = 'S'
					               and pg_get_userbyid(c.relowner) <> '%1$s' loop
					        execute format('alter sequence %%s owner to %1$s', r.name);
					    end loop;
					    for r in select p.oid::regprocedure as name from pg_proc p
					             join pg_namespace n on n.oid = p.pronamespace
					             where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s' loop
					        execute format('alter routine %%s owner to %1$s', r.name);
					    end loop;
					    for r in select t.oid::regtype as name from pg_type t
					             join pg_namespace n on n.oid = t.typnamespace
					             where n.nspname = 'public' and t.typtype = 'e'
					               and pg_get_userbyid(t.typowner) <> '%1$s' loop
					        execute format('alter type %%s owner to %1$s', r.name);
					    end loop;
					end;
					$$""".formatted(OWNER));
		}
	}
}
