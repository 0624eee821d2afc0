-- Issue 13: the nurses' recall worklist. The list itself is computed (RecallPolicy) from the
-- surveillance visits (V1600), the appointments' states and these tables; nothing here decides
-- whether a patient is in surveillance.

-- The contact log: every attempt to reach the patient about one surveillance visit. History, never
-- changed: a wrong entry is followed by a new one. A declined contact keeps the patient on the list
-- until a doctor or nurse ends surveillance with the reason (the plan's end_reason).
create table recall_contact (
    id           uuid primary key,
    visit_id     uuid not null references surveillance_visit(id),
    patient_id   uuid not null references patient(id),
    method       varchar(20) not null check (method in ('called', 'letter-sent', 'declined')),
    outcome      varchar(1000),
    note         varchar(1000),
    reason       varchar(1000),
    recorded_by  varchar(64) not null,
    recorded_at  timestamptz not null,
    check (method <> 'declined' or reason is not null)
);
create index recall_contact_visit on recall_contact (visit_id, recorded_at);

create function recall_contact_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'recall_contact is append-only: % refused', tg_op;
end;
$$;
create trigger recall_contact_no_update before update or delete on recall_contact
    for each row execute function recall_contact_is_append_only();

-- What the last computation of the list found (the nightly job or a look at the page): one row per
-- visit ever listed. It is also the list's memory: a visit once listed stays listed (at least at
-- the kind it reached) until it is resolved by the facts (booked, attended, done, the plan ended),
-- so a clock set back never makes a due or overdue visit disappear.
create table recall_item (
    visit_id         uuid primary key references surveillance_visit(id),
    patient_id       uuid not null references patient(id),
    kind             varchar(20) not null check (kind in ('due-unbooked', 'missed', 'overdue', 'imaging-due')),
    first_listed_at  timestamptz not null,
    overdue_since    date,
    last_found_at    timestamptz not null,
    -- set when the facts resolved it; cleared if it comes back
    resolved_at      timestamptz
);
create index recall_item_open on recall_item (visit_id) where resolved_at is null;

-- The appointments' states as the clinic announced them (AppointmentChanged), so the list is one
-- query, not one call per visit; an appointment missing here is asked of clinic.Appointments.
create table recall_appointment (
    appointment_id uuid primary key,
    patient_id     uuid not null,
    clinician      varchar(64),
    kind           varchar(20),
    status         varchar(20) not null,
    start_at       timestamptz not null,
    changed_at     timestamptz not null
);
create index recall_appointment_patient on recall_appointment (patient_id);

-- The nightly job's counts (also in job_run's outcome), one row per run.
create table recall_run (
    id             uuid primary key,
    run_at         timestamptz not null,
    run_on         date not null,
    items          integer not null,
    due_unbooked   integer not null,
    missed         integer not null,
    overdue        integer not null,
    imaging_due    integer not null,
    resolved       integer not null
);
