-- Issue 15, the path log at a million patients: a page of the log is read from one index instead of
-- assessing every open specimen. The specimen keeps what the loop waits for next (Awaiting:
-- COLLECTION, RECEIPT, REPORT, MALIGNANT_REVIEW, BENIGN_REVIEW, COMMUNICATION; null once closed) and
-- when that wait began; the application sets both with every change of state. The due date is not
-- stored: it depends on the center's intervals (cutis.pathlog.*), which may change at a restart.
-- Within one kind of wait the due date only grows with the start of the wait, so the index's order
-- by path_since is the due-date order; the application merges the five dated waits (Java, one page).
alter table specimen add column path_awaits varchar(20);
alter table specimen add column path_since timestamp with time zone;

-- what the loop waits for, as Awaiting.of(status, result behaviour) says
update specimen set path_awaits = case status
        when 'ORDERED' then 'COLLECTION'
        when 'COLLECTED' then 'RECEIPT'
        when 'SENT' then 'RECEIPT'
        when 'RECEIVED' then 'REPORT'
        when 'GROSSED' then 'REPORT'
        when 'REPORTED' then 'REPORT'
        -- a result whose behaviour is not recorded is never treated as benign
        when 'SIGNED' then case when result_behaviour = 'BENIGN' then 'BENIGN_REVIEW' else 'MALIGNANT_REVIEW' end
        when 'REVIEWED' then 'COMMUNICATION'
    end
where status in ('ORDERED', 'COLLECTED', 'SENT', 'RECEIVED', 'GROSSED', 'REPORTED', 'SIGNED', 'REVIEWED');

-- since when, as Awaiting.since: the order (first step); the latest collection, receipt or review; for
-- a review the latest addendum, else the latest sign-out; the latest step of any kind if that is missing
update specimen s set path_since = coalesce(
        case s.path_awaits
            when 'COLLECTION' then (select t.at from specimen_step t where t.specimen_id = s.id
                                    order by t.at, t.id limit 1)
            when 'MALIGNANT_REVIEW' then coalesce(
                (select t.at from specimen_step t where t.specimen_id = s.id and t.status = 'AMENDED'
                 order by t.at desc, t.id desc limit 1),
                (select t.at from specimen_step t where t.specimen_id = s.id and t.status = 'SIGNED'
                 order by t.at desc, t.id desc limit 1))
            when 'BENIGN_REVIEW' then coalesce(
                (select t.at from specimen_step t where t.specimen_id = s.id and t.status = 'AMENDED'
                 order by t.at desc, t.id desc limit 1),
                (select t.at from specimen_step t where t.specimen_id = s.id and t.status = 'SIGNED'
                 order by t.at desc, t.id desc limit 1))
            else (select t.at from specimen_step t where t.specimen_id = s.id
                    and t.status = case s.path_awaits when 'RECEIPT' then 'COLLECTED' when 'REPORT' then 'RECEIVED'
                                                      else 'REVIEWED' end
                  order by t.at desc, t.id desc limit 1)
        end,
        (select t.at from specimen_step t where t.specimen_id = s.id order by t.at desc, t.id desc limit 1))
where s.path_awaits is not null;

-- one index for every wait: a page reads the first rows of each wait in order (path_awaits = ?
-- order by path_since, id limit n), the counts read ranges of it; closed specimens are not in it
create index specimen_path_log_idx on specimen (path_awaits, path_since, id) where path_awaits is not null;

-- backdating moves the start of the wait with the steps, or the path log would not see the move
create or replace function backdate_specimen_steps(specimens uuid[], shift interval) returns integer
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
    update specimen set path_since = path_since - shift where id = any(specimens) and path_since is not null;
    return moved;
end;
$$;
revoke all on function backdate_specimen_steps(uuid[], interval) from public;
