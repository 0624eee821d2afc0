-- The demonstration center and the tests move a specimen's whole story back in time, so its ages
-- look like a working center's. The steps are append-only and the application role may not change
-- them; this function, owned by the schema owner and run with its rights, is the one sanctioned
-- way: it moves the steps of the given specimens by the same interval (so the ages between the
-- steps stay as they were), lifting the guard inside its own statement only. Nobody may call it
-- but the owner, and the application role only while Cutis runs with --demo
-- (db/callback/afterMigrate__application_role.sql).
create function backdate_specimen_steps(specimens uuid[], shift interval) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    moved integer;
begin
    if shift < interval '0' then
        raise exception 'steps can only be moved back in time';
    end if;
    alter table specimen_step disable trigger specimen_step_no_update;
    update specimen_step set at = at - shift where specimen_id = any(specimens);
    get diagnostics moved = row_count;
    alter table specimen_step enable trigger specimen_step_no_update;
    return moved;
end;
$$;
revoke all on function backdate_specimen_steps(uuid[], interval) from public;
