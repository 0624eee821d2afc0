-- skincare module: the skin-care clinic's recommendation to the treating oncologist about a skin
-- adverse event, which stays open until the oncologist says what was done. The AE's grade and
-- photos are copied as they were when the advice was sent: the AE goes on changing, the advice
-- the oncologist answered does not.
create table oncology_recommendation (
    id               uuid primary key,
    adverse_event_id uuid not null references skin_adverse_event(id),
    patient_id       uuid not null references patient(id),
    referral_id      uuid,
    action           varchar(40) not null,
    oncologist       varchar(60) not null,
    department       varchar(30) not null,
    note             varchar(2000),
    ae_term          varchar(200) not null,
    grade            integer not null check (grade between 1 and 5),
    photos           varchar(4000),
    red_flag         boolean not null,
    urgent           boolean not null,
    status           varchar(20) not null,
    sent_by          varchar(60) not null,
    sent_at          timestamp with time zone not null,
    escalated_at     timestamp with time zone,
    outcome          varchar(20),
    reason           varchar(2000),
    acknowledged_by  varchar(60),
    acknowledged_at  timestamp with time zone,
    version          bigint not null default 0,
    check ((status = 'open') = (outcome is null))
);
create index oncology_recommendation_oncologist_idx on oncology_recommendation(oncologist, status);
create index oncology_recommendation_department_idx on oncology_recommendation(department, status);
create index oncology_recommendation_ae_idx on oncology_recommendation(adverse_event_id);
create index oncology_recommendation_patient_idx on oncology_recommendation(patient_id);

-- Clinical records are never deleted, whatever code runs.
create function oncology_recommendation_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'oncology_recommendation rows are never deleted';
end;
$$;
create trigger oncology_recommendation_no_delete before delete on oncology_recommendation
    for each row execute function oncology_recommendation_never_deleted();
