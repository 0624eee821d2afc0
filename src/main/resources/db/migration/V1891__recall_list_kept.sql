-- Issue 15, found at 1,000,000 generated patients: the recall list was computed whole at every
-- view (161,293 items for a page of 50, 16 s a request). Now recall_item holds the list as last
-- computed with its order and filter, so a page is one index read; the items of a patient whose
-- facts changed (visits, plans, appointments as announced, contacts) are computed again before the
-- next page (recall_stale), and the whole list once a day (the nightly job, or the first view of a
-- day it has not run for). RecallPolicy still decides every item: nothing here judges a visit.

alter table recall_item
    add column urgency     smallint,
    add column due_from    date,
    add column due_to      date,
    add column responsible varchar(64);

update recall_item r
set urgency = case r.kind when 'overdue' then 3 when 'missed' then 2 else 1 end,
    due_from = v.due_from, due_to = v.due_to, responsible = p.responsible
from surveillance_visit v join surveillance_plan p on p.id = v.plan_id
where v.id = r.visit_id;

-- RecallPolicy.URGENCY: rank first, then the window (an overdue visit's days overdue follow its last
-- day), then the visit
create index recall_item_listed on recall_item (urgency desc, due_to, due_from, visit_id) where resolved_at is null;

-- The patients whose recall items must be computed again, one row per change: rows are only ever
-- inserted by the triggers (never updated, so two transactions changing one patient never wait for
-- each other here), and a computation deletes exactly the rows it read, so a change committed while
-- it computed stays marked for the next.
create table recall_stale (
    mark        bigserial primary key,
    patient_id  uuid not null
);
create index recall_stale_patient on recall_stale (patient_id);

-- The day the whole list was last computed (one row).
create table recall_computed (
    id           boolean primary key default true check (id),
    computed_on  date not null,
    computed_at  timestamptz not null
);

create function recall_patients_stale() returns trigger language plpgsql as $$
begin
    insert into recall_stale (patient_id)
    select distinct patient_id from changed where patient_id is not null;
    return null;
end
$$;

create trigger surveillance_visit_inserted_recall after insert on surveillance_visit
    referencing new table as changed for each statement execute function recall_patients_stale();
create trigger surveillance_visit_updated_recall after update on surveillance_visit
    referencing new table as changed for each statement execute function recall_patients_stale();
create trigger surveillance_plan_inserted_recall after insert on surveillance_plan
    referencing new table as changed for each statement execute function recall_patients_stale();
create trigger surveillance_plan_updated_recall after update on surveillance_plan
    referencing new table as changed for each statement execute function recall_patients_stale();
create trigger recall_appointment_inserted_recall after insert on recall_appointment
    referencing new table as changed for each statement execute function recall_patients_stale();
create trigger recall_appointment_updated_recall after update on recall_appointment
    referencing new table as changed for each statement execute function recall_patients_stale();
create trigger recall_contact_inserted_recall after insert on recall_contact
    referencing new table as changed for each statement execute function recall_patients_stale();
