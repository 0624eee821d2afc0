-- Run by Flyway as the schema owner after every migration (so at every start of Cutis): what the
-- application role (${applicationRole}) may do. It owns nothing and may only read and write rows:
--   * every table: SELECT, INSERT, UPDATE, DELETE (no TRUNCATE, no TRIGGER, no REFERENCES); its
--     sequences: USAGE, SELECT;
--   * a table whose rows are history, guarded by a trigger function named <...>_is_append_only
--     (audit_entry, specimen_step, mohs_stage, mohs_report_addendum, systemic_cycle): SELECT and INSERT only, so not even a bug in Cutis can alter
--     or remove a row; the trigger stays as a second guard for the owner's own scripts;
--   * Flyway's own history: nothing;
--   * backdate_specimen_steps (the demonstration center's clock): only when Cutis runs with --demo.
-- It cannot create objects, alter tables or disable triggers (ownership), nor switch triggers off
-- for its session (session_replication_role needs a superuser).
do $$
declare
    app      text := '${applicationRole}';
    demo     boolean := '${demo}' = 'true';
    history  record;
begin
    if app = '' or app = current_user or not exists (select from pg_roles where rolname = app) then
        raise notice 'Cutis connects as the schema owner %: privileges unchanged', current_user;
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('revoke truncate, references, trigger on all tables in schema public from %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
    for history in
        select distinct c.oid::regclass as name
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_proc p on p.oid = t.tgfoid
        where n.nspname = 'public' and p.proname like '%\_is\_append\_only' and not t.tgisinternal
    loop
        execute format('revoke update, delete, truncate on %s from %I', history.name, app);
    end loop;
    if to_regprocedure('backdate_specimen_steps(uuid[], interval)') is not null then
        revoke all on function backdate_specimen_steps(uuid[], interval) from public;
        if demo then
            execute format('grant execute on function backdate_specimen_steps(uuid[], interval) to %I', app);
        else
            execute format('revoke execute on function backdate_specimen_steps(uuid[], interval) from %I', app);
        end if;
    end if;
end;
$$;
