-- Issue 13: surveillance after treatment. The plan and its visits are the contract between the plan
-- (proposal, activation, calendar, booking) and the recall worklist (which reads these columns).
-- Later migrations of this module: V1601-V1619 plans, V1620-V1639 recall.

create table surveillance_plan (
    id                     uuid primary key,
    patient_id             uuid not null references patient(id),
    cancer_id              uuid not null,
    treatment_plan_id      uuid,
    -- proposed → active → (suspended ↔ active) → completed | ended | replaced
    status                 varchar(20) not null
        check (status in ('proposed', 'active', 'suspended', 'completed', 'ended', 'replaced')),
    guideline              varchar(10) not null check (guideline in ('NCCN', 'CCA', 'SIGN')),
    diagnosis              varchar(20) not null check (diagnosis in ('MELANOMA', 'BCC', 'CSCC')),
    -- the stage or risk group the schedule was computed for (indeterminate: null)
    stage                  varchar(20),
    -- year 0 of the schedule (the date of diagnosis)
    anchor_date            date not null,
    responsible            varchar(64),
    responsible_department varchar(40),
    responsible_reason     varchar(1000),
    proposed_at            timestamptz not null,
    activated_at           timestamptz,
    activated_by           varchar(64),
    -- why the patient left surveillance; required for ended (death | transfer | declined) and replaced
    end_reason             varchar(20) check (end_reason in ('completed', 'death', 'transfer', 'declined', 'replaced')),
    end_detail             varchar(1000),
    ended_at               timestamptz,
    ended_by               varchar(64),
    replaced_by            uuid references surveillance_plan(id),
    version                bigint not null default 0,
    check (status not in ('ended', 'replaced') or end_reason is not null),
    check (end_reason not in ('death', 'transfer', 'declined') or end_detail is not null)
);
create index surveillance_plan_patient on surveillance_plan (patient_id);
create index surveillance_plan_cancer on surveillance_plan (cancer_id);

-- One visit of the calendar: a clinic visit (with skin and node examination), an imaging study, or
-- the lifelong annual skin check. Visits of several plans of a patient falling within the merge
-- window become one: the others point to it (merged_into) and are not booked themselves.
create table surveillance_visit (
    id             uuid primary key,
    plan_id        uuid not null references surveillance_plan(id),
    patient_id     uuid not null references patient(id),
    kind           varchar(20) not null check (kind in ('visit', 'imaging', 'skin-check')),
    -- what imaging the guideline suggests (free text from the rule's advice), imaging only
    imaging        varchar(500),
    due_from       date not null,
    due_to         date not null,
    -- planned (not booked) | booked | done | missed (no-show, not rebooked) | cancelled (plan replaced) | merged
    status         varchar(20) not null
        check (status in ('planned', 'booked', 'done', 'missed', 'cancelled', 'merged')),
    appointment_id uuid,
    merged_into    uuid references surveillance_visit(id),
    done_on        date,
    -- a visit booked or done outside its window needs the reason
    outside_window_reason varchar(1000),
    version        bigint not null default 0,
    check (due_to >= due_from)
);
create index surveillance_visit_plan on surveillance_visit (plan_id);
create index surveillance_visit_open on surveillance_visit (due_from) where status in ('planned', 'booked', 'missed');
create index surveillance_visit_appointment on surveillance_visit (appointment_id);
