-- The role layout of Cutis on an external PostgreSQL (13 or later), the same as Cutis sets up on
-- its embedded server:
--   owner  owns the database, its schema and every table; Cutis runs its migrations (Flyway) as
--          this role at every start. No superuser, cannot create roles or databases.
--   app    what the application's connection pool logs in as. It owns nothing; after every
--          migration the owner grants it SELECT, INSERT, UPDATE, DELETE on the tables, and only
--          SELECT, INSERT on the append-only ones (the audit log, the specimen steps, Mohs stages and addenda, systemic cycles)
--          (src/main/resources/db/callback/afterMigrate__application_role.sql).
--
-- Run once, as a superuser, with psql:
--
--   psql -h db.example.org -U postgres -f docs/external-postgresql.sql \
--        -v database=cutis -v owner=cutis_owner -v app=cutis_app \
--        -v owner_password="$(openssl rand -base64 24)" -v app_password="$(openssl rand -base64 24)"
--
-- then start every Cutis node with
--
--   CUTIS_DB_URL=jdbc:postgresql://db.example.org:5432/cutis
--   CUTIS_DB_USER=cutis_app    CUTIS_DB_PASSWORD=<app_password>
--   CUTIS_DB_OWNER_USER=cutis_owner    CUTIS_DB_OWNER_PASSWORD=<owner_password>
--
-- The passwords travel to the server in this script; where statement logging is on, set them
-- afterwards with psql's \password instead (it sends only the SCRAM verifier). In pg_hba.conf,
-- allow these roles from the Cutis nodes only, with scram-sha-256.

create role :"owner" login password :'owner_password' nosuperuser nocreatedb nocreaterole noreplication;
create role :"app" login password :'app_password' nosuperuser nocreatedb nocreaterole noreplication noinherit;
create database :"database" owner :"owner" encoding 'UTF8' template template0;
revoke all on database :"database" from public;
grant connect on database :"database" to :"app";

\connect :"database"

alter schema public owner to :"owner";
revoke all on schema public from public;
grant usage on schema public to :"app";
