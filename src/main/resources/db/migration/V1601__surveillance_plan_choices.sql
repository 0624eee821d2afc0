-- Issue 13, surveillance plans: what the plan was proposed from and what the clinician chose.

-- the schedule's input in words: melanoma the AJCC stage, BCC the NCCN risk group, cSCC the extent
-- (local | regional) derived from stage and BWH T; the cancer's own stage as staged at proposal
alter table surveillance_plan add column cancer_stage varchar(40);
-- why the schedule's stage is null (indeterminate) or why the guideline differs from the one asked
-- for: a message code with its arguments (rules.common.Explanation encoding)
alter table surveillance_plan add column proposal_note varchar(1000);
-- the intervals chosen at activation, one per schedule period in order ("6,12"), months
alter table surveillance_plan add column intervals varchar(200);
-- the due window of each visit: ± this fraction of its interval (cutis.surveillance.window-fraction)
alter table surveillance_plan add column window_fraction numeric(4, 3);
-- the imaging advice of the schedule (a rules message code), shown beside the calendar
alter table surveillance_plan add column imaging_advice varchar(200);
-- suspended while a recurrence is worked up (recurrence.RecurrenceConfirmed), with the reason
alter table surveillance_plan add column suspended_reason varchar(1000);

-- the visit's due day inside its window and the period/interval it came from
alter table surveillance_visit add column due_on date;
alter table surveillance_visit add column interval_months integer;
-- why a visit was cancelled (the plan was replaced, suspended or ended)
alter table surveillance_visit add column cancel_reason varchar(1000);

-- every change of the responsible doctor, with the reason (kept, never rewritten)
create table surveillance_responsible_change (
    id          uuid primary key,
    plan_id     uuid not null references surveillance_plan(id),
    from_user   varchar(64),
    to_user     varchar(64) not null,
    reason      varchar(1000) not null,
    changed_by  varchar(64) not null,
    changed_at  timestamptz not null
);
create index surveillance_responsible_change_plan on surveillance_responsible_change (plan_id);

create function surveillance_responsible_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger surveillance_responsible_change_is_append_only before update or delete on surveillance_responsible_change
    for each row execute function surveillance_responsible_change_is_append_only();
create trigger surveillance_responsible_change_no_truncate before truncate on surveillance_responsible_change
    for each statement execute function surveillance_responsible_change_is_append_only();
