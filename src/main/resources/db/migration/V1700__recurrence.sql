-- Issue 13, recurrence module: relapse suspected at a visit opens a relapse work-up (the re-biopsy
-- path); a malignant re-biopsy, or the clinician's own finding (distant disease on imaging),
-- records the recurrence. Work-ups are closed, recurrences corrected with a reason: neither is
-- ever deleted. Later migrations of this module: V1701-V1719.

create table relapse_workup (
    id               uuid primary key,
    patient_id       uuid not null references patient(id),
    cancer_id        uuid not null references cancer_diagnosis(id),
    -- the signed visit note that suspected the relapse (unique: a redelivered event opens nothing)
    visit_note_id    uuid not null unique,
    suspected_by     varchar(60) not null,
    suspected_on     date not null,
    -- open → confirmed (malignant re-biopsy or recorded recurrence) | ruled-out (benign re-biopsy)
    status           varchar(20) not null check (status in ('open', 'confirmed', 'ruled-out')),
    opened_at        timestamp with time zone not null,
    -- the re-biopsy's result: its specimen, report and behaviour (uncertain keeps the work-up open)
    specimen_id      uuid,
    report_id        uuid,
    result_behaviour varchar(20),
    result_at        timestamp with time zone,
    closed_at        timestamp with time zone,
    closed_by        varchar(60),
    recurrence_id    uuid,
    version          bigint not null default 0,
    check (status = 'open' or closed_at is not null)
);
create index relapse_workup_cancer_idx on relapse_workup(cancer_id);
create index relapse_workup_status_idx on relapse_workup(status);

-- The lesions to re-biopsy: the cancer's own lesion (local recurrence, in-transit at the scar) or a
-- lesion recorded at the visit, which is not the cancer's lesion: this row is its link to the cancer.
create table relapse_workup_lesion (
    workup_id  uuid not null references relapse_workup(id),
    lesion_id  uuid not null references lesion(id),
    relation   varchar(20) not null check (relation in ('original', 'new-lesion')),
    primary key (workup_id, lesion_id)
);
create index relapse_workup_lesion_lesion_idx on relapse_workup_lesion(lesion_id);

create table recurrence (
    id               uuid primary key,
    patient_id       uuid not null references patient(id),
    cancer_id        uuid not null references cancer_diagnosis(id),
    extent           varchar(20) not null check (extent in ('local', 'regional', 'distant')),
    -- a re-biopsy's extent is proposed from the lesion and the report until the clinician confirms it
    extent_confirmed boolean not null,
    detected_on      date not null,
    -- biopsy (a malignant re-biopsy) | clinical (recorded by the clinician, e.g. distant by imaging)
    basis            varchar(20) not null check (basis in ('biopsy', 'clinical')),
    detail           varchar(2000),
    workup_id        uuid references relapse_workup(id),
    specimen_id      uuid,
    report_id        uuid,
    recorded_by      varchar(60) not null,
    recorded_at      timestamp with time zone not null,
    confirmed_by     varchar(60),
    confirmed_at     timestamp with time zone,
    version          bigint not null default 0,
    unique (report_id)
);
create index recurrence_cancer_idx on recurrence(cancer_id);

-- Every correction of a recurrence with its reason and the values before and after.
create table recurrence_correction (
    id                 uuid primary key,
    recurrence_id      uuid not null references recurrence(id),
    extent_before      varchar(20) not null,
    extent_after       varchar(20) not null,
    detected_on_before date not null,
    detected_on_after  date not null,
    reason             varchar(2000) not null,
    corrected_by       varchar(60) not null,
    corrected_at       timestamp with time zone not null
);
create index recurrence_correction_recurrence_idx on recurrence_correction(recurrence_id);

create function recurrence_is_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted: % refused', tg_table_name, tg_op;
end;
$$;
create trigger relapse_workup_no_delete before delete on relapse_workup
    for each row execute function recurrence_is_never_deleted();
create trigger recurrence_no_delete before delete on recurrence
    for each row execute function recurrence_is_never_deleted();

create function recurrence_correction_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger recurrence_correction_is_append_only before update or delete on recurrence_correction
    for each row execute function recurrence_correction_is_append_only();
create trigger recurrence_correction_no_truncate before truncate on recurrence_correction
    for each statement execute function recurrence_correction_is_append_only();
