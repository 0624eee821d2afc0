-- skincare module: skin adverse events of cancer drugs, as the chemotherapy skin-care clinic's
-- dermatologist records them. Each event is one CTCAE v5.0 term in one patient from its onset
-- until resolved; its grade is proposed by the rule ctcae.grade from the findings of each
-- assessment and confirmed (or changed with a reason) by the clinician. Never deleted: an event
-- recorded in error is voided with the reason. The table name skin_adverse_event is a contract
-- of the module (the recommendations to oncology refer to it).
create table skin_adverse_event (
    id                uuid primary key,
    patient_id        uuid not null references patient(id),
    -- the drug-reaction referral that brought the patient, if any (kept as given: the referral
    -- module offers other modules no lookup yet)
    referral_id       uuid,
    term              varchar(80) not null,
    onset_date        date not null,
    status            varchar(20) not null check (status in ('active', 'resolved')),
    resolved_on       date,
    -- the latest assessment's grades: what the chart and the worklists read without the history
    proposed_grade    integer not null check (proposed_grade between 1 and 5),
    confirmed_grade   integer check (confirmed_grade between 1 and 5),
    last_assessed_on  date not null,
    created_by        varchar(60) not null,
    created_at        timestamp with time zone not null,
    resolved_by       varchar(60),
    resolved_at       timestamp with time zone,
    voided_at         timestamp with time zone,
    voided_by         varchar(60),
    void_reason       varchar(500),
    version           bigint not null default 0,
    check ((status = 'resolved') = (resolved_on is not null)),
    check (resolved_on is null or resolved_on >= onset_date),
    check ((voided_at is null) = (void_reason is null))
);
create index skin_adverse_event_patient_idx on skin_adverse_event(patient_id, onset_date);

-- The drugs the event is attributed to, each with the clinician's causality: a catalogue drug,
-- or a drug the catalogue lacks entered as typed and marked as a free entry.
create table skin_adverse_event_drug (
    id                uuid primary key,
    adverse_event_id  uuid not null references skin_adverse_event(id),
    position          integer not null,
    drug_code         varchar(60) references drug(code),
    drug_name         varchar(120) not null,
    free_entry        boolean not null,
    attribution       varchar(20) not null
                      check (attribution in ('certain', 'probable', 'possible', 'unlikely', 'unrelated')),
    recorded_by       varchar(60) not null,
    recorded_at       timestamp with time zone not null,
    check (free_entry = (drug_code is null))
);
create index skin_adverse_event_drug_event_idx on skin_adverse_event_drug(adverse_event_id);

-- The grade history: every assessment (at the first visit and each follow-up) with the findings
-- as entered (the ctcae.grade inputs), the grade the rule proposed with its definition, and the
-- grade the clinician confirmed, with the reason where it differs from the proposal.
create table skin_adverse_event_assessment (
    id                   uuid primary key,
    adverse_event_id     uuid not null references skin_adverse_event(id),
    assessed_on          date not null,
    findings             jsonb not null,
    proposed_grade       integer not null check (proposed_grade between 1 and 5),
    confirmed_grade      integer check (confirmed_grade between 1 and 5),
    confirmation_reason  varchar(1000),
    assessed_by          varchar(60) not null,
    assessed_at          timestamp with time zone not null,
    confirmed_by         varchar(60),
    confirmed_at         timestamp with time zone,
    version              bigint not null default 0,
    check ((confirmed_grade is null) = (confirmed_by is null))
);
create index skin_adverse_event_assessment_event_idx on skin_adverse_event_assessment(adverse_event_id, assessed_on);

-- Photos of the event, through the lesion module's photo pipeline (EXIF stripped, thumbnail),
-- kept in the content-addressed file store by their hashes.
create table skin_adverse_event_photo (
    id                uuid primary key,
    adverse_event_id  uuid not null references skin_adverse_event(id),
    sha256            varchar(64) not null,
    thumbnail_sha256  varchar(64) not null,
    content_type      varchar(40) not null,
    size_bytes        bigint not null,
    width             integer not null,
    height            integer not null,
    taken_on          date not null,
    uploaded_at       timestamp with time zone not null,
    uploaded_by       varchar(60) not null,
    voided_at         timestamp with time zone,
    voided_by         varchar(60),
    void_reason       varchar(500),
    version           bigint not null default 0
);
create index skin_adverse_event_photo_event_idx on skin_adverse_event_photo(adverse_event_id, taken_on);

-- Clinical records are never deleted, whatever code runs.
create function skin_adverse_event_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted', tg_table_name;
end;
$$;
create trigger skin_adverse_event_no_delete before delete on skin_adverse_event
    for each row execute function skin_adverse_event_never_deleted();
create trigger skin_adverse_event_drug_no_delete before delete on skin_adverse_event_drug
    for each row execute function skin_adverse_event_never_deleted();
create trigger skin_adverse_event_assessment_no_delete before delete on skin_adverse_event_assessment
    for each row execute function skin_adverse_event_never_deleted();
create trigger skin_adverse_event_photo_no_delete before delete on skin_adverse_event_photo
    for each row execute function skin_adverse_event_never_deleted();
