-- clinic module (issue 13): each doctor's clinic sessions, their leave, and the appointments booked
-- into the sessions' slots. Nothing here is ever deleted: a session is closed, leave withdrawn and an
-- appointment cancelled, each with who, when and why.
create table clinic_session (
    id              uuid primary key,
    clinician       varchar(60) not null,
    day             date not null,
    starts_at       time not null,
    ends_at         time not null,
    capacity        integer not null check (capacity between 1 and 200),
    slot_minutes    integer not null check (slot_minutes between 1 and 720),
    location        varchar(200) not null,
    created_by      varchar(60) not null,
    created_at      timestamp with time zone not null,
    closed_by       varchar(60),
    closed_at       timestamp with time zone,
    close_reason    varchar(500),
    version         bigint not null default 0,
    check (ends_at > starts_at),
    check (closed_at is null or close_reason is not null)
);
create index clinic_session_clinician_day_idx on clinic_session(clinician, day);
create index clinic_session_day_idx on clinic_session(day);

-- A blocked period of a doctor (holiday, congress, sick leave): sessions that overlap it take no
-- bookings. Withdrawn leave is kept.
create table clinician_leave (
    id              uuid primary key,
    clinician       varchar(60) not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    reason          varchar(500),
    recorded_by     varchar(60) not null,
    recorded_at     timestamp with time zone not null,
    withdrawn_by    varchar(60),
    withdrawn_at    timestamp with time zone,
    version         bigint not null default 0,
    check (ends_at > starts_at)
);
create index clinician_leave_clinician_idx on clinician_leave(clinician, starts_at);

create table appointment (
    id                  uuid primary key,
    patient_id          uuid not null references patient(id),
    clinician           varchar(60) not null,
    session_id          uuid not null references clinic_session(id),
    slot                integer not null,
    starts_at           timestamp with time zone not null,
    kind                varchar(30) not null,
    reason              varchar(500),
    status              varchar(20) not null,
    status_reason       varchar(500),
    referral_id         uuid,
    booked_by           varchar(60) not null,
    booked_at           timestamp with time zone not null,
    status_changed_by   varchar(60),
    status_changed_at   timestamp with time zone,
    version             bigint not null default 0,
    check (status <> 'cancelled' or status_reason is not null)
);
create index appointment_patient_idx on appointment(patient_id, starts_at);
create index appointment_clinician_idx on appointment(clinician, starts_at);
create index appointment_referral_idx on appointment(referral_id);
-- one patient per slot: two nurses booking the last slot at once cannot both succeed
create unique index appointment_one_per_slot on appointment(session_id, slot) where status <> 'cancelled';

create function clinic_record_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted', tg_table_name;
end;
$$;
create trigger clinic_session_no_delete before delete on clinic_session
    for each row execute function clinic_record_never_deleted();
create trigger clinician_leave_no_delete before delete on clinician_leave
    for each row execute function clinic_record_never_deleted();
create trigger appointment_no_delete before delete on appointment
    for each row execute function clinic_record_never_deleted();
