-- clinic module, visit notes (issue 13): the note a doctor writes at a visit, one per appointment.
-- A draft is saved as often as needed; once signed (password or PIN again) the row never changes
-- and corrections are signed addenda. Never deleted.
--
-- The skin examination (each lesion of the patient reviewed: unchanged or changed and how; the
-- lesions added to the registry at this visit) and the lymph node examination (per region:
-- palpable or not, with what was felt) are kept as JSON arrays on the note: they are written and
-- signed with it as one document, and a draft's rows are never deleted when the doctor changes them.
create table visit_note (
    id                  uuid primary key,
    -- the appointment of the clinic module's booking (its table is the appointment part's)
    appointment_id      uuid not null unique,
    patient_id          uuid not null references patient(id),
    -- the doctor whose clinic the visit was in
    clinician           varchar(60) not null,
    visit_date          date not null,
    status              varchar(10) not null check (status in ('draft', 'signed')),
    interval_history    varchar(4000),
    lesion_reviews      jsonb not null default '[]',
    lymph_nodes         jsonb not null default '[]',
    results_reviewed    varchar(4000),
    assessment          varchar(30) check (assessment in ('no-evidence-of-disease', 'relapse-suspected',
                            'new-primary-suspected', 'skin-adverse-event')),
    cancer_id           uuid references cancer_diagnosis(id),
    adverse_event_id    uuid references skin_adverse_event(id),
    -- the lesions where relapse or a new primary is suspected (ids of the patient's lesions)
    suspected_lesions   jsonb not null default '[]',
    plan                varchar(4000),
    created_by          varchar(60) not null,
    created_at          timestamp with time zone not null,
    updated_by          varchar(60) not null,
    updated_at          timestamp with time zone not null,
    signed_by           varchar(60),
    signed_at           timestamp with time zone,
    signature_method    varchar(20),
    version             bigint not null default 0,
    check ((status = 'signed') = (signed_at is not null)),
    check (status = 'draft' or (signed_by is not null and signature_method is not null and assessment is not null)),
    check (assessment = 'relapse-suspected' or cancer_id is null),
    check (assessment = 'skin-adverse-event' or adverse_event_id is null)
);
create index visit_note_patient_idx on visit_note(patient_id, visit_date);

-- signed corrections and additions to a signed note
create table visit_note_addendum (
    id                uuid primary key,
    visit_note_id     uuid not null references visit_note(id),
    text              varchar(4000) not null,
    signed_by         varchar(60) not null,
    signed_at         timestamp with time zone not null,
    signature_method  varchar(20) not null
);
create index visit_note_addendum_note_idx on visit_note_addendum(visit_note_id);

-- a note is never deleted, and a signed note never changes
create function visit_note_is_never_deleted_and_signed_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status = 'signed' then
        raise exception 'visit_note % is signed: it is corrected by addendum, never changed', old.id;
    end if;
    if tg_op in ('DELETE', 'TRUNCATE') then
        raise exception 'visit_note is never deleted: % refused', tg_op;
    end if;
    return new;
end;
$$;
create trigger visit_note_guard before update or delete on visit_note
    for each row execute function visit_note_is_never_deleted_and_signed_once();
create trigger visit_note_no_truncate before truncate on visit_note
    for each statement execute function visit_note_is_never_deleted_and_signed_once();

create function visit_note_addendum_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'visit_note_addendum is append-only: % refused', tg_op;
end;
$$;
create trigger visit_note_addendum_is_append_only before update or delete on visit_note_addendum
    for each row execute function visit_note_addendum_is_append_only();
create trigger visit_note_addendum_no_truncate before truncate on visit_note_addendum
    for each statement execute function visit_note_addendum_is_append_only();
