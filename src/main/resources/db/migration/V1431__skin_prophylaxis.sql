-- skincare module: the pre-emptive skin regimen Cutis proposes when a patient starts a drug that
-- needs one (an EGFR inhibitor), for the dermatologist to accept or decline with a reason.
create table skin_prophylaxis (
    id              uuid primary key,
    patient_id      uuid not null references patient(id),
    trigger_kind    varchar(20) not null,
    trigger_id      uuid not null,
    drug_code       varchar(60) not null,
    drug_class      varchar(40) not null,
    items           varchar(1000) not null,
    weeks           integer,
    source          varchar(1000) not null,
    verified        boolean not null,
    status          varchar(20) not null,
    proposed_at     timestamp with time zone not null,
    decided_by      varchar(60),
    decided_at      timestamp with time zone,
    decline_reason  varchar(2000),
    version         bigint not null default 0,
    unique (trigger_kind, trigger_id),
    check (status <> 'declined' or decline_reason is not null)
);
create index skin_prophylaxis_patient_idx on skin_prophylaxis(patient_id);
create index skin_prophylaxis_status_idx on skin_prophylaxis(status);

create function skin_prophylaxis_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'skin_prophylaxis rows are never deleted';
end;
$$;
create trigger skin_prophylaxis_no_delete before delete on skin_prophylaxis
    for each row execute function skin_prophylaxis_never_deleted();

-- The EGFR inhibitors of skin oncology (cetuximab for advanced cutaneous squamous cell carcinoma)
-- were missing from the regimen catalogue; a course naming them is what starts the prophylaxis.
insert into oncology_regimen (code, name, category, sort_order) values
    ('cetuximab', 'Cetuximab', 'targeted', 160),
    ('panitumumab', 'Panitumumab', 'targeted', 170)
on conflict do nothing;
